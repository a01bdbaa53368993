package org.collegium.exchange.matching;

import org.collegium.exchange.expression.SubmittedExpression;

/**
 * A submitted expression of interest in its request's ranking, ranked by the best of the practitioners it
 * proposes, as the expression describes them.
 */
public record ExpressionMatch(SubmittedExpression expression, PractitionerMatch best) {
}
