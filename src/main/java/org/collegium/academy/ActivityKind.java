package org.collegium.academy;

/**
 * What an activity of a course module is. Labels: {@code course.activity.kind.<NAME>}.
 */
public enum ActivityKind {
    PAGE, VIDEO, DOCUMENT, QUIZ, ASSIGNMENT, DISCUSSION, LIVE_SESSION
}
