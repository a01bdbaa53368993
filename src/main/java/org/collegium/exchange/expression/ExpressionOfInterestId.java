package org.collegium.exchange.expression;

import java.util.Objects;
import java.util.UUID;

public record ExpressionOfInterestId(UUID value) {

    public ExpressionOfInterestId {
        Objects.requireNonNull(value, "value");
    }
}
