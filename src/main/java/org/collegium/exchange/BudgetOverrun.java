package org.collegium.exchange;

/** What a programme does with a budget line that takes its committed total past its budget. */
public enum BudgetOverrun {
    /** The line is refused and nothing is written. */
    REFUSE,
    /** The line is recorded and flagged, for the secretariat to see on its dashboard. */
    FLAG
}
