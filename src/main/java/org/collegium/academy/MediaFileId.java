package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/** Names an uploaded file of an academy's media library. */
public record MediaFileId(UUID value) {

    public MediaFileId {
        Objects.requireNonNull(value, "value");
    }
}
