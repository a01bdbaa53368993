package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A facilitator released the grade of a learner's assignment. Progress marks the activity complete when passed.
 */
public record AssignmentGraded(ActivityId activity, AccountId learner, boolean passed, Instant at) {
}
