package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.collegium.identity.AccountId;

/**
 * A run and its learners as its facilitators follow them.
 *
 * @param required the published activities that count towards completion
 * @param sessionsTaken the sessions of the run at which attendance was taken
 */
public record Cohort(CourseRunId run, CourseId course, RunKind kind, Instant starts, Instant ends, ZoneId zone,
        List<AccountId> facilitators, int required, int sessionsTaken, List<CohortMember> members) {
}
