package org.collegium.exchange.selection;

import java.util.UUID;

/** A criterion of a programme; pages name a standard one by {@code selection.criterion.<standardCode>}. */
public record CriterionView(UUID id, String standardCode, String name, int weight, int maxScore) {

    public boolean standard() {
        return standardCode != null;
    }
}
