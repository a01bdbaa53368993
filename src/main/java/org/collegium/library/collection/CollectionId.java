package org.collegium.library.collection;

import java.util.Objects;
import java.util.UUID;

/** A collection's identifier: its public page uses it. */
public record CollectionId(UUID value) {

    public CollectionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
