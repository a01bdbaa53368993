package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

public record CourseRunId(UUID value) {

    public CourseRunId {
        Objects.requireNonNull(value, "value");
    }
}
