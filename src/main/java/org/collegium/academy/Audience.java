package org.collegium.academy;

/**
 * Whom a course is written for. Labels: {@code course.audience.<NAME>}.
 */
public enum Audience {
    ELECTED_OFFICIALS, ADMINISTRATORS, PRACTITIONERS
}
