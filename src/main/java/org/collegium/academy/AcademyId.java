package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * Names an academy. Everything that belongs to an academy (staff roles now, courses later) is scoped by it.
 */
public record AcademyId(UUID value) {

    public AcademyId {
        Objects.requireNonNull(value, "value");
    }
}
