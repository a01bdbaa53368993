package org.collegium.exchange.selection;

import java.util.List;
import java.util.Optional;

import org.collegium.exchange.CallId;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.SubmittedExpression;
import org.springframework.stereotype.Component;

/** The submitted expressions of interest that selection works on, read from their own part of the module. */
@Component
class Applications {

    private final ExpressionsOfInterest expressions;

    Applications(ExpressionsOfInterest expressions) {
        this.expressions = expressions;
    }

    List<Application> ofCall(CallId call) {
        return expressions.submittedOfCall(call).stream().map(Applications::application).toList();
    }

    /** The expression if it was submitted (and not withdrawn): only those are selected from. */
    Optional<Application> find(ExpressionOfInterestId id) {
        return expressions.find(id).map(Applications::application);
    }

    /** The submitted expression in full, as its reviewers read it. */
    Optional<ExpressionOfInterestView> read(ExpressionOfInterestId id) {
        return expressions.findSubmitted(id);
    }

    private static Application application(SubmittedExpression expression) {
        return new Application(expression.id(), expression.request(), expression.call(), expression.programme(),
                expression.municipality());
    }
}
