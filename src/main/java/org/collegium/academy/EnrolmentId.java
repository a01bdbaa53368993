package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

public record EnrolmentId(UUID value) {

    public EnrolmentId {
        Objects.requireNonNull(value, "value");
    }
}
