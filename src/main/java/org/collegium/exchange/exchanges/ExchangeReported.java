package org.collegium.exchange.exchanges;

import java.time.Instant;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.network.OrganisationId;

/** An exchange's joint report was recorded: what the e-library needs to publish it as a case. */
public record ExchangeReported(ExchangeId exchange, ProgrammeId programme, ExpertiseRequestId request,
        OrganisationId municipality, OrganisationId association, ExchangeMethod method, JointReport report,
        Instant reportedAt) {
}
