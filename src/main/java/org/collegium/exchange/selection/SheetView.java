package org.collegium.exchange.selection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.CallId;

/**
 * A reviewer's own sheet for an expression: the criteria, the scores given so far, and, once the sheet is
 * submitted, the other reviewers' submitted sheets (empty before).
 */
public record SheetView(ExpressionOfInterestId expression, CallId call, List<CriterionView> criteria, Map<UUID, Integer> scores,
        String comment, boolean submitted, List<PeerSheet> others) {
}
