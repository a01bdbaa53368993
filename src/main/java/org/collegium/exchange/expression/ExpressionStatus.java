package org.collegium.exchange.expression;

/** Where an expression of interest stands; a withdrawn one may be taken up again as a draft before the deadline. */
public enum ExpressionStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
