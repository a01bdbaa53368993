package org.collegium.exchange.expression;

import java.time.Instant;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;

/** A municipality withdrew its expression of interest for a request before the deadline. */
public record ExpressionOfInterestWithdrawn(ExpressionOfInterestId expression, ExpertiseRequestId request,
        CallId call, OrganisationId municipality, AccountId withdrawnBy, Instant withdrawnAt) {
}
