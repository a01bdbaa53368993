package org.collegium.exchange.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExchangeScenario;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Selection on the real database: independent scoring, a reviewer never scoring their own organisation, the
 * weighted ranking, decisions and the mail that tells applicants.
 */
@CollegiumIntegrationTest
class SelectionIntegrationTests {

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
    private final DevMailbox mailbox;

    private ExchangeScenario scenario;
    private AccountId neutral;
    private AccountId fromUtrecht;

    @Autowired
    SelectionIntegrationTests(Selection selection, Programmes programmes, Calls calls, ExpertiseRequests requests,
            ExpressionsOfInterest expressions, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, JdbcTemplate jdbc, DevMailbox mailbox) {
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
        this.mailbox = mailbox;
    }

    @BeforeEach
    void aCallWithTwoSubmittedExpressionsAndACommittee() {
        scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles, editing, users,
                new BigDecimal("50000"));
        neutral = scenario.account("reviewer-neutral");
        fromUtrecht = scenario.account("reviewer-utrecht");
        scenario.joins(fromUtrecht, scenario.firstMunicipality);
        selection.appoint(scenario.secretariat, scenario.call, neutral);
        selection.appoint(scenario.secretariat, scenario.call, fromUtrecht);
    }

    @Test
    void reviewersScoreIndependentlyAndTheSecretariatRanksAndDecides() {
        scenario.closeCall();
        List<CriterionView> criteria = selection.criteria(scenario.programme);
        assertThat(criteria).extracting(CriterionView::standardCode)
                .containsExactly("international-experience", "technical-quality");

        assertThat(selection.tasks(neutral, scenario.call)).extracting(ReviewTask::expression)
                .containsExactlyInAnyOrder(scenario.firstExpression, scenario.secondExpression);
        assertThat(selection.tasks(fromUtrecht, scenario.call)).extracting(ReviewTask::expression)
                .containsExactly(scenario.secondExpression);

        score(neutral, scenario.firstExpression, 10, 10);
        score(neutral, scenario.secondExpression, 5, 5);
        selection.submit(neutral, scenario.firstExpression);
        score(fromUtrecht, scenario.secondExpression, 0, 10);
        assertThat(selection.sheet(fromUtrecht, scenario.secondExpression).others())
                .as("the others' sheets stay hidden until one's own is submitted").isEmpty();
        selection.submit(fromUtrecht, scenario.secondExpression);
        assertThat(selection.sheet(fromUtrecht, scenario.secondExpression).others())
                .as("the neutral reviewer has not submitted this one yet").isEmpty();
        selection.submit(neutral, scenario.secondExpression);
        assertThat(selection.sheet(fromUtrecht, scenario.secondExpression).others()).singleElement()
                .satisfies(peer -> assertThat(peer.total()).isCloseTo(50, within(1e-9)));

        List<RequestRanking> ranking = selection.ranking(scenario.secretariat, scenario.call);
        assertThat(ranking).singleElement().satisfies(request -> {
            assertThat(request.applications()).extracting(RankedApplication::expression)
                    .containsExactly(scenario.firstExpression, scenario.secondExpression);
            assertThat(request.applications().get(0).score()).isCloseTo(100, within(1e-9));
            // (40×5/10 + 60×5/10) = 50 and (40×0 + 60×10/10) = 60: mean 55
            assertThat(request.applications().get(1).score()).isCloseTo(55, within(1e-9));
            assertThat(request.applications().get(0).reviewers()).as("the Utrecht reviewer is excluded").isEqualTo(1);
            assertThat(request.applications().get(1).reviewers()).isEqualTo(2);
        });

        selection.decide(scenario.secretariat, scenario.firstExpression, Outcome.SELECTED, "Strongest HR proposal.");
        selection.decide(scenario.secretariat, scenario.secondExpression, Outcome.RESERVE, "Good, second.");
        assertThat(selection.notifyApplicants(scenario.secretariat, scenario.call)).isEqualTo(2);
        String utrecht = accounts.find(scenario.firstFocalPoint).orElseThrow().email();
        assertThat(mailbox.messagesTo(utrecht)).anySatisfy(mail -> {
            assertThat(mail.subject()).startsWith("Decision on your expression of interest");
            assertThat(mail.text()).contains("Decision: selected", "Strongest HR proposal.");
        });
        assertThat(selection.notifyApplicants(scenario.secretariat, scenario.call))
                .as("a decision is told once").isZero();
        assertThat(selection.outcomeOf(scenario.firstExpression)).contains(Outcome.SELECTED);
        assertThat(selection.ranking(scenario.secretariat, scenario.call).getFirst().applications().getFirst().notified())
                .isTrue();
    }

    @Test
    void aReviewerNeverScoresTheirOwnOrganisationNorOutOfRange() {
        scenario.closeCall();
        long sheets = count("exchange_scoresheet");
        assertThatThrownBy(() -> score(fromUtrecht, scenario.firstExpression, 5, 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selection.sheet(fromUtrecht, scenario.firstExpression))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> score(neutral, scenario.firstExpression, 11, 5));
        assertRefused(() -> score(neutral, scenario.firstExpression, -1, 5));
        assertThat(count("exchange_scoresheet")).isEqualTo(sheets);
        assertThatThrownBy(() -> score(scenario.firstPractitioner, scenario.secondExpression, 5, 5))
                .as("not on the committee").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selection.sheet(neutral, new ExpressionOfInterestId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void scoringWaitsForTheDeadlineAndASubmittedSheetIsFinal() {
        assertRefused(() -> score(neutral, scenario.firstExpression, 5, 5));
        scenario.closeCall();
        score(neutral, scenario.firstExpression, 5, 5);
        assertRefused(() -> selection.submit(fromUtrecht, scenario.secondExpression));
        selection.submit(neutral, scenario.firstExpression);
        assertRefused(() -> score(neutral, scenario.firstExpression, 1, 1));
        assertRefused(() -> selection.submit(neutral, scenario.firstExpression));
        assertRefused(() -> selection.defineCriteria(scenario.secretariat, scenario.programme,
                List.of(new CriterionDraft(null, "Gender balance", 10, 5))));
    }

    @Test
    void onlyTheSecretariatSetsCriteriaRanksAndDecides() {
        assertThatThrownBy(() -> selection.defineCriteria(neutral, scenario.programme, Selection.STANDARD_CRITERIA))
                .isInstanceOf(AccessDeniedException.class);
        List<CriterionView> criteria = selection.defineCriteria(scenario.secretariat, scenario.programme, List.of(
                new CriterionDraft("technical-quality", null, 50, 10), new CriterionDraft(null, "Gender balance", 50, 5)));
        assertThat(criteria).extracting(CriterionView::name).containsExactly(null, "Gender balance");
        assertRefused(() -> selection.defineCriteria(scenario.secretariat, scenario.programme, List.of(
                new CriterionDraft(null, "Twice", 50, 10), new CriterionDraft(null, "twice", 50, 5))));
        assertRefused(() -> selection.defineCriteria(scenario.secretariat, scenario.programme,
                List.of(new CriterionDraft(null, "Heavy", 101, 10))));
        assertThat(selection.criteria(scenario.programme)).isEqualTo(criteria);
        scenario.closeCall();
        assertThatThrownBy(() -> selection.ranking(neutral, scenario.call)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selection.decide(neutral, scenario.firstExpression, Outcome.SELECTED, "Because"))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> selection.decide(scenario.secretariat, scenario.firstExpression, Outcome.SELECTED, " "));
        assertThat(selection.outcomeOf(scenario.firstExpression)).isEmpty();
    }

    private void score(AccountId reviewer, ExpressionOfInterestId expression, int experience, int quality) {
        List<CriterionView> criteria = selection.criteria(scenario.programme);
        selection.score(reviewer, expression, Map.of(criteria.get(0).id(), experience, criteria.get(1).id(), quality),
                "Comment");
    }

    private static void assertRefused(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ExchangeRefusal.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

}
