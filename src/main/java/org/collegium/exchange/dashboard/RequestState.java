package org.collegium.exchange.dashboard;

/** How far a request has come. */
public enum RequestState {
    /** No submitted expression of interest yet. */
    NO_EXPRESSION,
    /** Expressions were submitted; none is selected yet. */
    UNDER_SELECTION,
    /** An expression was selected; its exchange is not completed yet. */
    MATCHED,
    /** Its exchange is completed (or reported). */
    EXCHANGE_DONE
}
