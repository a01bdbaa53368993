package org.collegium.exchange.selection;


import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.CallId;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.network.OrganisationId;

/** A submitted expression of interest as selection sees it. */
record Application(ExpressionOfInterestId expression, ExpertiseRequestId request, CallId call, ProgrammeId programme,
        OrganisationId municipality) {
}
