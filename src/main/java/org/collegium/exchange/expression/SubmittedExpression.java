package org.collegium.exchange.expression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.network.OrganisationId;

/** A submitted expression of interest, as selection reads it. */
public record SubmittedExpression(ExpressionOfInterestId id, ExpertiseRequestId request, CallId call,
        ProgrammeId programme, OrganisationId municipality, String municipalityCountry, ExchangeMethod method,
        List<ProposedPractitioner> practitioners, LocalDate offeredFrom, LocalDate offeredTo, Instant submittedAt) {
}
