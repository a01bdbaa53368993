package org.collegium.exchange.exchanges;

import java.math.BigDecimal;

/** A cost the secretariat plans for an exchange, in the programme's currency. */
public record BudgetLineDraft(BudgetCategory category, String description, BigDecimal planned) {
}
