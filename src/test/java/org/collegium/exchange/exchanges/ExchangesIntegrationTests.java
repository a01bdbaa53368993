package org.collegium.exchange.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.BudgetOverrun;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExchangeScenario;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.selection.Outcome;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Exchanges on the real database: from a selected expression to the joint report, and the budget they commit. */
@CollegiumIntegrationTest
@RecordApplicationEvents
class ExchangesIntegrationTests {

    private final Exchanges exchanges;
    private final ExchangeBudget budget;
    private final Selection selection;
    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final ExpressionsOfInterest expressions;
    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    private ExchangeScenario scenario;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    ExchangesIntegrationTests(Exchanges exchanges, ExchangeBudget budget, Selection selection, Programmes programmes,
            Calls calls, ExpertiseRequests requests, ExpressionsOfInterest expressions, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.exchanges = exchanges;
        this.budget = budget;
        this.selection = selection;
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.expressions = expressions;
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aSelectedAndAReserveExpression() {
        scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles, editing, users,
                new BigDecimal("10000.00"));
        scenario.closeCall();
        selection.criteria(scenario.programme);
        selection.decide(scenario.secretariat, scenario.firstExpression, Outcome.SELECTED, "Best fit.");
        selection.decide(scenario.secretariat, scenario.secondExpression, Outcome.RESERVE, "Second.");
    }

    @Test
    void aSelectedExpressionBecomesAnExchangeThatIsCarriedOutAndReported() {
        ExchangeId id = exchanges.create(scenario.secretariat, scenario.firstExpression, plan());

        ExchangeView planned = exchanges.get(scenario.firstPractitioner, id);
        assertThat(planned.status()).isEqualTo(ExchangeStatus.PLANNED);
        assertThat(planned.association()).isEqualTo(scenario.association);
        assertThat(planned.participants()).extracting(Participant::side).containsExactly(Side.EXPERTISE, Side.PARTNER);
        assertThat(exchanges.get(scenario.associationFocalPoint, id).id()).isEqualTo(id);

        for (ExchangeStatus next : List.of(ExchangeStatus.PREPARING, ExchangeStatus.UNDER_WAY, ExchangeStatus.COMPLETED)) {
            assertThat(exchanges.advance(scenario.secretariat, id, next).status()).isEqualTo(next);
        }
        assertRefused(() -> exchanges.replan(scenario.secretariat, id, plan()));
        ExchangeView reported = exchanges.report(scenario.associationFocalPoint, id, new JointReport(
                "Two missions to Kampala.", "An appraisal scheme adopted.", "Start with the managers.",
                "A placement in 2028."));
        assertThat(reported.status()).isEqualTo(ExchangeStatus.REPORTED);
        assertThat(reported.report().lessonsLearned()).isEqualTo("Start with the managers.");
        assertThat(events.stream(ExchangeReported.class)).singleElement().satisfies(event -> {
            assertThat(event.exchange()).isEqualTo(id);
            assertThat(event.report().results()).isEqualTo("An appraisal scheme adopted.");
        });
    }

    @Test
    void onlyASelectedExpressionOnceAndStepByStep() {
        long before = count("exchange_exchange");
        assertRefused(() -> exchanges.create(scenario.secretariat, scenario.secondExpression, plan()));
        assertThatThrownBy(() -> exchanges.create(scenario.firstFocalPoint, scenario.firstExpression, plan()))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> exchanges.create(scenario.secretariat, scenario.firstExpression, new ExchangePlan(
                ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 10), "Kampala", null,
                null, plan().participants())));
        assertRefused(() -> exchanges.create(scenario.secretariat, scenario.firstExpression, new ExchangePlan(
                ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 20), "Kampala", null,
                null, List.of(plan().participants().getFirst()))));
        assertThat(count("exchange_exchange")).isEqualTo(before);

        ExchangeId id = exchanges.create(scenario.secretariat, scenario.firstExpression, plan());
        assertRefused(() -> exchanges.create(scenario.secretariat, scenario.firstExpression, plan()));
        assertRefused(() -> exchanges.advance(scenario.secretariat, id, ExchangeStatus.COMPLETED));
        assertRefused(() -> exchanges.report(scenario.secretariat, id, new JointReport("a", "b", "c", "d")));
        AccountId stranger = scenario.account("exchange-stranger");
        assertThatThrownBy(() -> exchanges.get(stranger, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchanges.report(scenario.firstPractitioner, id, new JointReport("a", "b", "c", "d")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBudgetLinePastTheBudgetIsRefusedOrFlaggedAsTheProgrammeSets() {
        ExchangeId id = exchanges.create(scenario.secretariat, scenario.firstExpression, plan());
        budget.addLine(scenario.secretariat, id, new BudgetLineDraft(BudgetCategory.TRAVEL, "Flights", new BigDecimal("6000.00")));
        long lines = count("exchange_budget_line");
        assertRefused(() -> budget.addLine(scenario.secretariat, id,
                new BudgetLineDraft(BudgetCategory.LODGING, "Hotel", new BigDecimal("4000.01"))));
        assertRefused(() -> budget.addLine(scenario.secretariat, id,
                new BudgetLineDraft(BudgetCategory.LODGING, "Hotel", new BigDecimal("-1"))));
        assertThat(count("exchange_budget_line")).isEqualTo(lines);

        programmes.setBudgetOverrun(scenario.secretariat, scenario.programme, BudgetOverrun.FLAG);
        BudgetLineView flagged = budget.addLine(scenario.secretariat, id,
                new BudgetLineDraft(BudgetCategory.LODGING, "Hotel", new BigDecimal("4000.01")));
        assertThat(flagged.overBudget()).isTrue();
        budget.recordSpent(scenario.secretariat, flagged.id(), new BigDecimal("3500.00"));
        BudgetSummary summary = budget.summary(scenario.secretariat, scenario.programme);
        assertThat(summary.committed()).isEqualByComparingTo("10000.01");
        assertThat(summary.spent()).isEqualByComparingTo("3500.00");
        assertThat(summary.linesOverBudget()).isEqualTo(1);
    }

    @Test
    void twoLinesWrittenAtOnceCannotBothSlipUnderTheBudget() throws Exception {
        ExchangeId id = exchanges.create(scenario.secretariat, scenario.firstExpression, plan());
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Boolean> line = () -> {
            start.await();
            try {
                budget.addLine(scenario.secretariat, id,
                        new BudgetLineDraft(BudgetCategory.DAILY_ALLOWANCE, "Allowances", new BigDecimal("6000.00")));
                return true;
            } catch (ExchangeRefusal refused) {
                return false;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(line), pool.submit(line)));
            assertThat(results.stream().map(ExchangesIntegrationTests::get).filter(Boolean::booleanValue).count())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(budget.summary(scenario.secretariat, scenario.programme).committed()).isEqualByComparingTo("6000.00");
    }

    private ExchangePlan plan() {
        return new ExchangePlan(ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 20),
                "Kampala", "The secretariat's one-day training on expert missions.", null, List.of(
                        new Participant(Side.EXPERTISE, 1, scenario.firstPractitioner, "Anna de Vries", "Utrecht",
                                "Head of HR"),
                        new Participant(Side.PARTNER, 1, null, "Grace Namuli", "Kampala Capital City Authority",
                                "Director of HR")));
    }

    private static boolean get(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    private static void assertRefused(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ExchangeRefusal.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
