package org.collegium.exchange.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.exchanges.BudgetSummary;

/**
 * A programme's dashboard.
 *
 * @param byState how many requests are in each state (every state present)
 * @param meanDaysToMatch the mean of {@link RequestProgress#daysToMatch()} over matched requests, or null
 * @param countriesReached the countries of both sides of the programme's exchanges (ISO codes)
 */
public record DashboardView(ProgrammeView programme, List<RequestProgress> requests, Map<RequestState, Long> byState,
        Double meanDaysToMatch, BudgetSummary budget, Set<String> countriesReached) {
}
