package org.collegium.exchange;

import java.util.Objects;
import java.util.UUID;

public record ProgrammeId(UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }
}
