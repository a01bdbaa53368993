package org.collegium.academy;

import java.time.Instant;

import org.collegium.identity.AccountId;

/**
 * A learner reached the pass mark of the quiz of an activity. Progress marks the activity complete.
 */
public record QuizPassed(ActivityId activity, AccountId learner, Instant at) {
}
