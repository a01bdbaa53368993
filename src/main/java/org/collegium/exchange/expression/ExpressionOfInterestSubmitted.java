package org.collegium.exchange.expression;

import java.time.Instant;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;

/** A municipality submitted its expression of interest for a request. */
public record ExpressionOfInterestSubmitted(ExpressionOfInterestId expression, ExpertiseRequestId request,
        CallId call, OrganisationId municipality, AccountId submittedBy, Instant submittedAt) {
}
