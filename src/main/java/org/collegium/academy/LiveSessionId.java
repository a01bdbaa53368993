package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/** An in-person or online session of a course run. */
public record LiveSessionId(UUID value) {

    public LiveSessionId {
        Objects.requireNonNull(value, "value");
    }
}
