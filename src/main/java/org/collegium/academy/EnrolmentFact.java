package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * One enrolment as the academy's figures count it.
 *
 * @param lastActivity when the learner last completed an activity in it, or null
 */
public record EnrolmentFact(EnrolmentId enrolment, CourseRunId run, CourseId course, AccountId learner, EnrolmentStatus status,
        Instant lastActivity) {
}
