package org.collegium.exchange.selection;

/** The secretariat's decision on an expression of interest. */
public enum Outcome {
    SELECTED, RESERVE, NOT_SELECTED
}
