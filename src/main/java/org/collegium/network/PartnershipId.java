package org.collegium.network;

import java.util.Objects;
import java.util.UUID;

public record PartnershipId(UUID value) {

    public PartnershipId {
        Objects.requireNonNull(value, "value");
    }
}
