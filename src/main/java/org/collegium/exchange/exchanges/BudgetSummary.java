package org.collegium.exchange.exchanges;

import java.math.BigDecimal;

/** A programme's budget with what its exchanges committed (planned lines) and spent. */
public record BudgetSummary(BigDecimal budget, BigDecimal committed, BigDecimal spent, String currency,
        int linesOverBudget) {

    public BigDecimal remaining() {
        return budget.subtract(committed);
    }
}
