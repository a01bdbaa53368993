package org.collegium.academy;

import java.time.Instant;

/**
 * A run's figures, counted in SQL: learners holding a place (active or completed), those who completed an activity
 * since a given instant, and those who completed the course.
 *
 * @param starts when the run starts, or null for a self-paced run
 */
public record RunFigures(CourseRunId run, CourseId course, Instant starts, int enrolments, int active,
        int completions) {
}
