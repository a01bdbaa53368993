package org.collegium.exchange.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeScenario;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.exchanges.BudgetCategory;
import org.collegium.exchange.exchanges.BudgetLineDraft;
import org.collegium.exchange.exchanges.ExchangeBudget;
import org.collegium.exchange.exchanges.ExchangeId;
import org.collegium.exchange.exchanges.ExchangePlan;
import org.collegium.exchange.exchanges.ExchangeStatus;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.exchanges.Participant;
import org.collegium.exchange.exchanges.Side;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.selection.Outcome;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The dashboard follows a request from its expressions to its completed exchange, on the real database. */
@CollegiumIntegrationTest
class SecretariatDashboardIntegrationTests {

    @Autowired
    private SecretariatDashboard dashboard;
    @Autowired
    private Selection selection;
    @Autowired
    private Exchanges exchanges;
    @Autowired
    private ExchangeBudget budget;
    @Autowired
    private Programmes programmes;
    @Autowired
    private Calls calls;
    @Autowired
    private ExpertiseRequests requests;
    @Autowired
    private ExpressionsOfInterest expressions;
    @Autowired
    private Accounts accounts;
    @Autowired
    private Roles roles;
    @Autowired
    private DirectoryEditing editing;
    @Autowired
    private UserDetailsService users;

    @Test
    void followsARequestFromItsExpressionsToItsExchange() {
        ExchangeScenario scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles,
                editing, users, new BigDecimal("20000"));
        DashboardView before = dashboard.of(scenario.secretariat, scenario.programme);
        assertThat(before.requests()).singleElement().satisfies(request -> {
            assertThat(request.expressions()).isEqualTo(2);
            assertThat(request.state()).isEqualTo(RequestState.UNDER_SELECTION);
        });
        assertThat(before.countriesReached()).isEmpty();

        scenario.closeCall();
        selection.criteria(scenario.programme);
        selection.decide(scenario.secretariat, scenario.firstExpression, Outcome.SELECTED, "Best fit.");
        assertThat(dashboard.of(scenario.secretariat, scenario.programme).requests().getFirst().state())
                .isEqualTo(RequestState.MATCHED);
        ExchangeId exchange = exchanges.create(scenario.secretariat, scenario.firstExpression, new ExchangePlan(
                ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 20), "Kampala", null,
                null, List.of(new Participant(Side.EXPERTISE, 1, null, "Anna", "Utrecht", null),
                        new Participant(Side.PARTNER, 1, null, "Grace", "Kampala", null))));
        budget.addLine(scenario.secretariat, exchange, new BudgetLineDraft(BudgetCategory.TRAVEL, "Flights",
                new BigDecimal("1200.50")));
        for (ExchangeStatus next : List.of(ExchangeStatus.PREPARING, ExchangeStatus.UNDER_WAY, ExchangeStatus.COMPLETED)) {
            exchanges.advance(scenario.secretariat, exchange, next);
        }

        DashboardView after = dashboard.of(scenario.secretariat, scenario.programme);
        assertThat(after.byState()).containsEntry(RequestState.EXCHANGE_DONE, 1L).containsEntry(RequestState.MATCHED, 0L);
        assertThat(after.requests().getFirst().daysToMatch()).isZero();
        assertThat(after.meanDaysToMatch()).isZero();
        assertThat(after.budget().committed()).isEqualByComparingTo("1200.50");
        assertThat(after.countriesReached()).containsExactly("NL", "UG");

        String csv = dashboard.csv(scenario.secretariat, scenario.programme, List.of("Request", "Country", "Filed",
                "Expressions", "State", "Matched", "Days"), Map.of(RequestState.EXCHANGE_DONE, "Exchange done",
                RequestState.MATCHED, "Matched", RequestState.UNDER_SELECTION, "Under selection",
                RequestState.NO_EXPRESSION, "No expression")).text();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).startsWith("Human resources management,UG,").contains(",2,Exchange done,");

        assertThatThrownBy(() -> dashboard.of(scenario.firstFocalPoint, scenario.programme))
                .isInstanceOf(AccessDeniedException.class);
    }
}
