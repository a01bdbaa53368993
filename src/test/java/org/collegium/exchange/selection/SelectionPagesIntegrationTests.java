package org.collegium.exchange.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeScenario;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The selection pages: the criteria editor, the committee, "My reviews" and the score sheet, the ranking with its
 * decisions and the notification of applicants; refusals next to their field, 403 for others, 404 for unknown ids.
 */
@CollegiumIntegrationTest
class SelectionPagesIntegrationTests {

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
    private final MockMvc mvc;

    private ExchangeScenario scenario;
    private AccountId neutral;
    private AccountId second;
    private AccountId stranger;

    @Autowired
    SelectionPagesIntegrationTests(Selection selection, Programmes programmes, Calls calls,
            ExpertiseRequests requests, ExpressionsOfInterest expressions, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc, DevMailbox mailbox, MockMvc mvc) {
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
        this.mvc = mvc;
    }

    @BeforeEach
    void aCallWithTwoSubmittedExpressions() {
        scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles, editing, users,
                new BigDecimal("50000"));
        neutral = scenario.account("page-reviewer");
        second = scenario.account("page-reviewer-two");
        stranger = scenario.account("page-stranger");
    }

    @Test
    void theSecretariatEditsTheCriteriaAddingARowWithoutScriptAndSeesRefusalsNextToTheField() throws Exception {
        String path = "/exchange/programmes/" + scenario.programme.value() + "/criteria";
        assertThat(page(path, scenario.secretariat)).contains("International experience",
                "Technical quality of the proposal");

        String grown = mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf())
                .param("criteria[0].standardCode", "international-experience").param("criteria[0].weight", "40")
                .param("criteria[0].maxScore", "10").param("add", "row"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(grown).contains("name=\"criteria[1].name\"");

        String refused = mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf())
                .param("criteria[0].standardCode", "international-experience").param("criteria[0].weight", "40")
                .param("criteria[0].maxScore", "10").param("criteria[1].name", "Gender balance of the team")
                .param("criteria[1].weight", "500").param("criteria[1].maxScore", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"criteria[1].weight-error\"", "Give a weight from 1 to 100.",
                "value=\"Gender balance of the team\"", "value=\"500\"");
        assertThat(selection.criteria(scenario.programme)).hasSize(2);

        mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf())
                .param("criteria[0].standardCode", "international-experience").param("criteria[0].weight", "40")
                .param("criteria[0].maxScore", "10").param("criteria[1].standardCode", "technical-quality")
                .param("criteria[1].weight", "60").param("criteria[1].maxScore", "10").param("criteria[1].remove", "true")
                .param("criteria[2].name", "Gender balance of the team").param("criteria[2].weight", "20")
                .param("criteria[2].maxScore", "5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));
        assertThat(selection.criteria(scenario.programme)).extracting(CriterionView::name)
                .containsExactly(null, "Gender balance of the team");

        assertThat(french(path, scenario.secretariat)).contains("Expérience internationale", "Ajouter un critère");
        mvc.perform(get(path).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/programmes/" + UUID.randomUUID() + "/criteria").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCriteriaEditorShowsThemLockedOnceScoringBegan() throws Exception {
        selection.appoint(scenario.secretariat, scenario.call, neutral);
        scenario.closeCall();
        CriterionView first = selection.criteria(scenario.programme).get(0);
        selection.score(neutral, scenario.firstExpression, java.util.Map.of(first.id(), 5), null);

        String locked = mvc.perform(post("/exchange/programmes/" + scenario.programme.value() + "/criteria")
                .with(as(scenario.secretariat)).with(csrf())
                .param("criteria[0].standardCode", "international-experience").param("criteria[0].weight", "50")
                .param("criteria[0].maxScore", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(locked).contains("The criteria can no longer change: reviewers have begun scoring.");
        assertThat(selection.criteria(scenario.programme)).extracting(CriterionView::weight).containsExactly(40, 60);
    }

    @Test
    void theSecretariatAppointsCommitteeMembersByEmail() throws Exception {
        String path = "/exchange/calls/" + scenario.call.value() + "/committee";
        String unknown = mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf())
                .param("email", "nobody-" + UUID.randomUUID() + "@example.org"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("No account has this e-mail address.", "id=\"email-error\"", "nobody-");
        assertThat(selection.committee(scenario.call)).isEmpty();

        mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf()).param("email", email(neutral)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));
        assertThat(selection.committee(scenario.call)).containsExactly(neutral);
        assertThat(page(path, scenario.secretariat)).contains(email(neutral));
        assertThat(french(path, scenario.secretariat)).contains("Comité de sélection");

        mvc.perform(get(path).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(as(neutral)).with(csrf()).param("email", email(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/exchange/calls/" + UUID.randomUUID() + "/committee").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReviewerReadsTheExpressionScoresSubmitsAndThenSeesTheOthersSheets() throws Exception {
        selection.appoint(scenario.secretariat, scenario.call, neutral);
        selection.appoint(scenario.secretariat, scenario.call, second);
        scenario.closeCall();
        java.util.List<CriterionView> criteria = selection.criteria(scenario.programme);
        String sheet = "/exchange/reviews/" + scenario.firstExpression.value();

        assertThat(page("/exchange/reviews", neutral)).contains(sheet, "not started", "Human resources management");
        String view = page(sheet, neutral);
        assertThat(view).contains("We know the challenge.", "Two missions and a placement.", "Head of HR",
                "Leads a department of 40 people.", "Worked with a twin city in Ghana.", "Expert mission",
                "2027-03-10", "International experience: score from 0 to 10 (weight 40)");

        String refused = mvc.perform(post(sheet).with(as(neutral)).with(csrf())
                .param("score-" + criteria.get(0).id(), "11").param("score-" + criteria.get(1).id(), "7")
                .param("comment", "Solid team").param("action", "save"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"score-" + criteria.get(0).id() + "-error\"", "Give a score from 0 to 10.",
                "value=\"11\"", "Solid team");
        assertThat(sheets()).isZero();

        mvc.perform(post(sheet).with(as(second)).with(csrf()).param("score-" + criteria.get(0).id(), "4")
                .param("score-" + criteria.get(1).id(), "6").param("comment", "Second opinion here")
                .param("action", "submit"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(sheet));
        mvc.perform(post(sheet).with(as(neutral)).with(csrf()).param("score-" + criteria.get(0).id(), "9")
                .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(sheet, neutral)).as("the others' sheets stay hidden until one's own is submitted")
                .doesNotContain("Second opinion here");
        String incomplete = mvc.perform(post(sheet).with(as(neutral)).with(csrf())
                .param("score-" + criteria.get(0).id(), "9").param("action", "submit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(incomplete).contains("Score every criterion before you submit.");

        mvc.perform(post(sheet).with(as(neutral)).with(csrf()).param("score-" + criteria.get(0).id(), "9")
                .param("score-" + criteria.get(1).id(), "8").param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(sheet, neutral)).contains("Second opinion here", "This score sheet has been submitted");
        assertThat(french(sheet, neutral)).contains("Proposition technique", "Les grilles des autres évaluateurs");
        assertThat(page("/exchange/reviews", neutral)).contains("submitted");
    }

    @Test
    void onlyTheCommitteeReadsAScoreSheetAndNeverOneOfItsOwnOrganisation() throws Exception {
        AccountId fromUtrecht = scenario.account("page-reviewer-utrecht");
        scenario.joins(fromUtrecht, scenario.firstMunicipality);
        selection.appoint(scenario.secretariat, scenario.call, fromUtrecht);
        scenario.closeCall();
        String first = "/exchange/reviews/" + scenario.firstExpression.value();
        mvc.perform(get(first).with(as(fromUtrecht))).andExpect(status().isForbidden());
        mvc.perform(get(first).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/reviews/" + scenario.secondExpression.value()).with(as(fromUtrecht)))
                .andExpect(status().isOk());
        mvc.perform(get("/exchange/reviews/" + UUID.randomUUID()).with(as(fromUtrecht)))
                .andExpect(status().isNotFound());
        assertThat(page("/exchange/reviews", stranger)).contains("You do not sit on any selection committee.");
    }

    @Test
    void theSecretariatRanksDecidesWithAReasonAndNotifiesTheApplicants() throws Exception {
        selection.appoint(scenario.secretariat, scenario.call, neutral);
        scenario.closeCall();
        java.util.List<CriterionView> criteria = selection.criteria(scenario.programme);
        selection.score(neutral, scenario.firstExpression, java.util.Map.of(criteria.get(0).id(), 10,
                criteria.get(1).id(), 10), null);
        selection.submit(neutral, scenario.firstExpression);
        String ranking = "/exchange/calls/" + scenario.call.value() + "/ranking";

        assertThat(page(ranking, scenario.secretariat)).contains("Scenario Utrecht", "Scenario Gouda", "100.00",
                "1 of 1 reviewers", "Not scored yet", "Decisions not yet told to applicants: 0");

        String decide = ranking + "/" + scenario.firstExpression.value();
        String refused = mvc.perform(post(decide).with(as(scenario.secretariat)).with(csrf())
                .param("outcome", "SELECTED").param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"reason-" + scenario.firstExpression.value() + "-error\"",
                "Give the reason for the decision in at most 2,000 characters.");
        assertThat(selection.outcomeOf(scenario.firstExpression)).isEmpty();

        mvc.perform(post(decide).with(as(scenario.secretariat)).with(csrf()).param("outcome", "SELECTED")
                .param("reason", "Strongest proposal"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(ranking + "/" + scenario.secondExpression.value()).with(as(scenario.secretariat))
                .with(csrf()).param("outcome", "NOT_SELECTED").param("reason", "Less experience"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(ranking, scenario.secretariat)).contains("selected: Strongest proposal",
                "Decisions not yet told to applicants: 2", "/exchange/expressions/" + scenario.firstExpression.value()
                        + "/exchange/new");

        Flash told = (Flash) mvc.perform(post("/exchange/calls/" + scenario.call.value() + "/notify")
                .with(as(scenario.secretariat)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flash");
        assertThat(told.code()).isEqualTo("selection.notified");
        assertThat(told.arguments()).containsExactly(2);
        assertThat(mailbox.messagesTo(email(scenario.firstFocalPoint)))
                .anySatisfy(mail -> assertThat(mail.text()).contains("Strongest proposal"));
        assertThat(french(ranking, scenario.secretariat)).contains("Classement de", "Notifier les candidats");

        mvc.perform(get(ranking).with(as(neutral))).andExpect(status().isForbidden());
        mvc.perform(post(decide).with(as(stranger)).with(csrf()).param("outcome", "RESERVE").param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exchange/calls/" + scenario.call.value() + "/notify").with(as(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/exchange/calls/" + UUID.randomUUID() + "/ranking").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
    }

    private long sheets() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_scoresheet WHERE expression_id = ?", Long.class,
                scenario.firstExpression.value());
    }

    private String page(String path, AccountId viewer) throws Exception {
        return mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String french(String path, AccountId viewer) throws Exception {
        return mvc.perform(get(path).with(as(viewer)).cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String email(AccountId account) {
        return accounts.find(account).orElseThrow().email();
    }

    private RequestPostProcessor as(AccountId account) {
        return user(users.loadUserByUsername(email(account)));
    }
}
