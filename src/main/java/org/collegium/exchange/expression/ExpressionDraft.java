package org.collegium.exchange.expression;

import java.time.LocalDate;
import java.util.List;

import org.collegium.exchange.ExchangeMethod;

/**
 * What a municipality's focal point writes in an expression of interest. A draft may leave out the texts, the
 * method and the dates; submitting needs them all and at least one practitioner.
 */
public record ExpressionDraft(List<ProposedPractitioner> practitioners, String motivation, String technicalProposal,
        ExchangeMethod method, LocalDate offeredFrom, LocalDate offeredTo) {

    public ExpressionDraft {
        practitioners = practitioners == null ? List.of() : List.copyOf(practitioners);
    }
}
