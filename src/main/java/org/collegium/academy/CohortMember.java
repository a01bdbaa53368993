package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A learner of a cohort.
 *
 * @param done the counted activities completed
 * @param lastActivity when the learner last completed an activity, or null
 * @param present the sessions the learner was marked present at
 */
public record CohortMember(EnrolmentId enrolment, AccountId learner, EnrolmentStatus status, Instant enrolledAt,
        int done, Instant lastActivity, int present) {

    public boolean completed() {
        return status == EnrolmentStatus.COMPLETED;
    }
}
