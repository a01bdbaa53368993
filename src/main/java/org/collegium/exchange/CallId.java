package org.collegium.exchange;

import java.util.Objects;
import java.util.UUID;

public record CallId(UUID value) {

    public CallId {
        Objects.requireNonNull(value, "value");
    }
}
