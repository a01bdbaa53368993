package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A learner met the completion criteria of a course in one of its runs. Certificates are issued from it.
 */
public record CourseCompleted(CourseId course, CourseRunId run, EnrolmentId enrolment, AccountId learner, Instant at) {
}
