package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A facilitator released the grade of a learner's assignment. Progress marks the activity complete when passed.
 *
 * @param grader who released the grade, or null when not known
 */
public record AssignmentGraded(ActivityId activity, AccountId learner, boolean passed, Instant at, AccountId grader) {

    public AssignmentGraded(ActivityId activity, AccountId learner, boolean passed, Instant at) {
        this(activity, learner, passed, at, null);
    }
}
