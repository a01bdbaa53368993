package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

public record CourseModuleId(UUID value) {

    public CourseModuleId {
        Objects.requireNonNull(value, "value");
    }
}
