package org.collegium.exchange.exchanges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.collegium.academy.CourseRunId;
import org.collegium.exchange.CallId;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.network.OrganisationId;

/** An exchange as its pages read it; {@code report} is null until it is reported. */
public record ExchangeView(ExchangeId id, ProgrammeId programme, CallId call, ExpertiseRequestId request,
        ExpressionOfInterestId expression, OrganisationId municipality, OrganisationId association,
        ExchangeMethod method, ExchangeStatus status, LocalDate startsOn, LocalDate endsOn, String places,
        String preparation, CourseRunId courseRun, List<Participant> participants, List<BudgetLineView> budgetLines,
        JointReport report, Instant reportedAt) {
}
