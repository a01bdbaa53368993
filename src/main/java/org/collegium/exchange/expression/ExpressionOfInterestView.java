package org.collegium.exchange.expression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;

/** An expression of interest as its municipality, the secretariat and the pages read it. */
public record ExpressionOfInterestView(ExpressionOfInterestId id, ExpertiseRequestId request, CallId call,
        ProgrammeId programme, OrganisationId municipality, String municipalityCountry, ExpressionStatus status,
        List<ProposedPractitioner> practitioners, String motivation, String technicalProposal, ExchangeMethod method,
        LocalDate offeredFrom, LocalDate offeredTo, List<AttachmentView> attachments, Instant createdAt,
        AccountId createdBy, Instant updatedAt, AccountId updatedBy, Instant submittedAt, AccountId submittedBy,
        long version) {

    public ExpressionDraft draft() {
        return new ExpressionDraft(practitioners, motivation, technicalProposal, method, offeredFrom, offeredTo);
    }
}
