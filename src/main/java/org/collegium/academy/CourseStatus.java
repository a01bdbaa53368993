package org.collegium.academy;

/**
 * Whether learners see a course. Labels: {@code course.status.<NAME>}.
 */
public enum CourseStatus {
    DRAFT, PUBLISHED
}
