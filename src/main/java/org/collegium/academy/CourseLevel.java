package org.collegium.academy;

/**
 * How much a course expects its learners to know already. Labels: {@code course.level.<NAME>}.
 */
public enum CourseLevel {
    INTRODUCTORY, INTERMEDIATE, ADVANCED
}
