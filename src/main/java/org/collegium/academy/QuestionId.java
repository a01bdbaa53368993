package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/** Names a question of an academy's question bank. */
public record QuestionId(UUID value) {

    public QuestionId {
        Objects.requireNonNull(value, "value");
    }
}
