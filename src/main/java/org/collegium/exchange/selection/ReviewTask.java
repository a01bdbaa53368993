package org.collegium.exchange.selection;


import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.network.OrganisationId;

/** An expression a committee member is to score (never one of their own organisation), and how far they are. */
public record ReviewTask(ExpressionOfInterestId expression, ExpertiseRequestId request, OrganisationId municipality, SheetStatus status) {
}
