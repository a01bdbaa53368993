package org.collegium.exchange.exchanges;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * @param spent what was actually spent, once known
 * @param overBudget whether the line took the programme past its budget (recorded under the FLAG rule)
 */
public record BudgetLineView(UUID id, BudgetCategory category, String description, BigDecimal planned,
        BigDecimal spent, boolean overBudget) {
}
