package org.collegium.exchange.selection;

import java.util.Map;
import java.util.UUID;

import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.network.OrganisationId;

/**
 * An expression in its request's ranking.
 *
 * @param score the mean of the submitted sheets' weighted scores (0 to 100), null before the first one
 * @param means the mean score per criterion id
 * @param reviewers the committee members who may score it (those of its own organisation excluded)
 * @param outcome the secretariat's decision, or null before it
 */
public record RankedApplication(ExpressionOfInterestId expression, OrganisationId municipality, Double score, Map<UUID, Double> means,
        int sheetsSubmitted, int reviewers, Outcome outcome, String reason, boolean notified) {
}
