package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

public record PeerReviewId(UUID value) {

    public PeerReviewId {
        Objects.requireNonNull(value, "value");
    }
}
