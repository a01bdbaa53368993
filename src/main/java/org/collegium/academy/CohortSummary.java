package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A run in the lists of cohorts.
 *
 * @param learners the learners following it (active or completed)
 * @param completed those who completed it
 */
public record CohortSummary(CourseRunId run, CourseId course, RunKind kind, Instant starts, Instant ends, ZoneId zone,
        int learners, int completed) {
}
