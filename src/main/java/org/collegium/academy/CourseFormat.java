package org.collegium.academy;

/**
 * How a course is followed. Labels: {@code course.format.<NAME>}.
 */
public enum CourseFormat {
    SELF_PACED, FACILITATED_COHORT, MOOC, HYBRID
}
