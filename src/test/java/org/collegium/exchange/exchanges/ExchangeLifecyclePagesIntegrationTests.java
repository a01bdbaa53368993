package org.collegium.exchange.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The exchange pages: the plan form pre-filled from the selected expression, the exchange with its next step,
 * budget lines and joint report, and the programme's list; refusals next to their field, 403 and 404.
 */
@CollegiumIntegrationTest
class ExchangeLifecyclePagesIntegrationTests {

    private final Exchanges exchanges;
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
    private final MockMvc mvc;

    private ExchangeScenario scenario;

    @Autowired
    ExchangeLifecyclePagesIntegrationTests(Exchanges exchanges, Selection selection, Programmes programmes, Calls calls,
            ExpertiseRequests requests, ExpressionsOfInterest expressions, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc, MockMvc mvc) {
        this.exchanges = exchanges;
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
        this.mvc = mvc;
    }

    @BeforeEach
    void aSelectedExpression() {
        scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles, editing, users,
                new BigDecimal("10000.00"));
        scenario.closeCall();
        selection.criteria(scenario.programme);
        selection.decide(scenario.secretariat, scenario.firstExpression, Outcome.SELECTED, "Best fit.");
        selection.decide(scenario.secretariat, scenario.secondExpression, Outcome.RESERVE, "Second.");
    }

    @Test
    void theSecretariatCreatesTheExchangeFromAFormPrefilledByTheExpression() throws Exception {
        String path = "/exchange/expressions/" + scenario.firstExpression.value() + "/exchange/new";
        String form = page(path, scenario.secretariat);
        assertThat(form).contains("value=\"2027-03-10\"", "value=\"2027-03-20\"", "value=\"Head of HR\"",
                "value=\"" + scenario.firstPractitioner.value() + "\"", "Scenario Uganda association",
                "<option value=\"EXPERT_MISSION\" selected=\"selected\"");

        String grown = mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf()).param("method", "STUDY_VISIT")
                .param("participants[0].name", "Anna").param("add", "row"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(grown).contains("name=\"participants[1].name\"");

        long before = count();
        String refused = mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf())
                .param("method", "EXPERT_MISSION").param("startsOn", "2027-03-20").param("endsOn", "2027-03-10")
                .param("places", "Kampala").param("participants[0].side", "EXPERTISE")
                .param("participants[0].group", "1").param("participants[0].name", "Anna de Vries")
                .param("participants[0].organisation", "Utrecht"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"endsOn-error\"", "the end may not come before the start",
                "value=\"Anna de Vries\"", "Kampala");
        assertThat(count()).isEqualTo(before);

        String created = mvc.perform(post(path).with(as(scenario.secretariat)).with(csrf())
                .param("method", "EXPERT_MISSION").param("startsOn", "2027-03-10").param("endsOn", "2027-03-20")
                .param("places", "Kampala").param("preparation", "One-day training on expert missions")
                .param("participants[0].side", "EXPERTISE").param("participants[0].group", "1")
                .param("participants[0].account", scenario.firstPractitioner.value().toString())
                .param("participants[0].name", "Anna de Vries").param("participants[0].organisation", "Utrecht")
                .param("participants[1].side", "PARTNER").param("participants[1].group", "2")
                .param("participants[1].account", scenario.secretariat.value().toString())
                .param("participants[1].name", "Grace Namuli").param("participants[1].organisation", "KCCA"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ExchangeView exchange = exchanges.get(scenario.secretariat,
                new ExchangeId(UUID.fromString(created.substring(created.lastIndexOf('/') + 1))));
        assertThat(exchange.participants()).extracting(Participant::account)
                .as("only the expression's practitioners keep their account").containsExactly(scenario.firstPractitioner, null);

        mvc.perform(get(path).with(as(scenario.firstFocalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/expressions/" + UUID.randomUUID() + "/exchange/new").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
        assertThat(french("/exchange/expressions/" + scenario.secondExpression.value() + "/exchange/new",
                scenario.secretariat)).contains("Créer l’échange", "Mission d’experts");
    }

    @Test
    void theExchangeMovesStepByStepIsBudgetedAndItsFocalPointRecordsTheReport() throws Exception {
        ExchangeId id = exchanges.create(scenario.secretariat, scenario.firstExpression, plan());
        String path = "/exchange/exchanges/" + id.value();
        assertThat(page(path, scenario.secretariat)).contains("Planned", "Move to: Preparing", "Group 1", "Group 2",
                "Grace Namuli", "Partner country");
        assertThat(page(path, scenario.firstPractitioner)).contains("Anna de Vries").doesNotContain("Move to:")
                .doesNotContain("Add a budget line");

        mvc.perform(post(path + "/advance").with(as(scenario.secretariat)).with(csrf()).param("to", "UNDER_WAY"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"status-error\""));
        mvc.perform(post(path + "/advance").with(as(scenario.associationFocalPoint)).with(csrf())
                .param("to", "PREPARING")).andExpect(status().isForbidden());
        for (String next : List.of("PREPARING", "UNDER_WAY", "COMPLETED")) {
            mvc.perform(post(path + "/advance").with(as(scenario.secretariat)).with(csrf()).param("to", next))
                    .andExpect(status().is3xxRedirection());
        }

        long lines = jdbc.queryForObject("SELECT COUNT(*) FROM exchange_budget_line", Long.class);
        String over = mvc.perform(post(path + "/budget").with(as(scenario.secretariat)).with(csrf())
                .param("category", "TRAVEL").param("description", "Flights").param("planned", "12000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(over).contains("id=\"planned-error\"", "past its budget", "value=\"Flights\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exchange_budget_line", Long.class)).isEqualTo(lines);
        mvc.perform(post(path + "/budget").with(as(scenario.secretariat)).with(csrf()).param("category", "TRAVEL")
                .param("description", "Flights").param("planned", "2400.50"))
                .andExpect(status().is3xxRedirection());
        UUID line = exchanges.get(scenario.secretariat, id).budgetLines().getFirst().id();
        String notAnAmount = mvc.perform(post(path + "/budget/" + line).with(as(scenario.secretariat)).with(csrf())
                .param("spent", "lots")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notAnAmount).contains("id=\"spent-" + line + "-error\"", "value=\"lots\"");
        mvc.perform(post(path + "/budget/" + line).with(as(scenario.secretariat)).with(csrf()).param("spent", "2300"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(path, scenario.secretariat)).contains("2400.50", "value=\"2300.00\"");

        String empty = mvc.perform(post(path + "/report").with(as(scenario.associationFocalPoint)).with(csrf())
                .param("done", "").param("results", "Scheme adopted").param("lessonsLearned", "Start small")
                .param("nextSteps", "A placement")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(empty).contains("id=\"done-error\"", "Scheme adopted");
        mvc.perform(post(path + "/report").with(as(scenario.firstPractitioner)).with(csrf()).param("done", "x")
                .param("results", "x").param("lessonsLearned", "x").param("nextSteps", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/report").with(as(scenario.associationFocalPoint)).with(csrf())
                .param("done", "Two missions to Kampala").param("results", "Scheme adopted")
                .param("lessonsLearned", "Start small").param("nextSteps", "A placement"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(path, scenario.firstPractitioner)).contains("Reported", "Two missions to Kampala",
                "Start small");
        assertThat(french(path, scenario.secretariat)).contains("Rapport conjoint", "Enseignements tirés");

        AccountId stranger = scenario.account("exchange-page-stranger");
        mvc.perform(get(path).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/exchanges/" + UUID.randomUUID()).with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProgrammesExchangesAreListedForItsSecretariat() throws Exception {
        exchanges.create(scenario.secretariat, scenario.firstExpression, plan());
        String path = "/exchange/programmes/" + scenario.programme.value() + "/exchanges";
        assertThat(page(path, scenario.secretariat)).contains("Scenario Utrecht", "Scenario Uganda association",
                "Expert mission", "Planned");
        assertThat(french(path, scenario.secretariat)).contains("Échanges de", "Planifié");
        mvc.perform(get(path).with(as(scenario.firstFocalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/programmes/" + UUID.randomUUID() + "/exchanges").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
    }

    private ExchangePlan plan() {
        return new ExchangePlan(ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 20),
                "Kampala", "The secretariat's one-day training on expert missions.", null, List.of(
                        new Participant(Side.EXPERTISE, 1, scenario.firstPractitioner, "Anna de Vries", "Utrecht",
                                "Head of HR"),
                        new Participant(Side.PARTNER, 2, null, "Grace Namuli", "Kampala Capital City Authority",
                                "Director of HR")));
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_exchange", Long.class);
    }

    private String page(String path, AccountId viewer) throws Exception {
        return mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String french(String path, AccountId viewer) throws Exception {
        return mvc.perform(get(path).with(as(viewer)).cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(AccountId account) {
        return user(users.loadUserByUsername(accounts.find(account).orElseThrow().email()));
    }
}
