package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A learner's enrolment as a run's roster shows it to its facilitators.
 *
 * @param completed the counted activities the learner completed
 * @param required the activities that count towards completion
 */
public record EnrolmentSummary(EnrolmentId id, CourseRunId run, CourseId course, AccountId learner, String learnerName,
        String learnerEmail, EnrolmentStatus status, Instant requestedAt, int completed, int required) {
}
