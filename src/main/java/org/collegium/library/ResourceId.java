package org.collegium.library;

import java.util.Objects;
import java.util.UUID;

/** A library resource's permanent identifier: its page, its OAI identifier and its citations all use it. */
public record ResourceId(UUID value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    public static ResourceId random() {
        return new ResourceId(UUID.randomUUID());
    }

    public static ResourceId parse(String text) {
        return new ResourceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
