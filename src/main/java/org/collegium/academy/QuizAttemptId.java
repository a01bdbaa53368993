package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/** Names one learner's attempt at the quiz of an activity. */
public record QuizAttemptId(UUID value) {

    public QuizAttemptId {
        Objects.requireNonNull(value, "value");
    }
}
