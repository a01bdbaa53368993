package org.collegium.academy;

/** One level of a rubric criterion ("Meets expectations") and the points it is worth. */
public record RubricLevel(String title, int points) {
}
