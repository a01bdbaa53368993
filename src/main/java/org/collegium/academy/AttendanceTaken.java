package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A facilitator recorded who was present at a live session of a run.
 */
public record AttendanceTaken(CourseRunId run, CourseId course, LiveSessionId session, AccountId facilitator,
        int present, int absent, Instant at) {
}
