package org.collegium.exchange.exchanges;

/** What a budget line pays for. */
public enum BudgetCategory {
    TRAVEL, LODGING, DAILY_ALLOWANCE, OTHER
}
