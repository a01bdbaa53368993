package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A learner's enrolment became active: self-service into a run with a free seat, an approval, an accepted
 * invitation, or a promotion from the waiting list. Published in the transaction that activates it.
 */
public record EnrolmentAccepted(EnrolmentId enrolment, CourseRunId run, CourseId course, AccountId learner,
        Instant at) {
}
