package org.collegium.exchange.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.collegium.exchange.exchanges.BudgetCategory;
import org.collegium.exchange.exchanges.BudgetLineDraft;
import org.collegium.exchange.exchanges.ExchangeBudget;
import org.collegium.exchange.exchanges.ExchangeId;
import org.collegium.exchange.exchanges.ExchangePlan;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.exchanges.Participant;
import org.collegium.exchange.exchanges.Side;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The secretariat's dashboard page and its CSV, in the viewer's language; only for the programme's secretariat. */
@CollegiumIntegrationTest
class DashboardPagesIntegrationTests {

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
    @Autowired
    private MockMvc mvc;

    private ExchangeScenario scenario;
    private String path;

    @BeforeEach
    void aMatchedRequestWithABudgetLine() {
        scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles, editing, users,
                new BigDecimal("10000.00"));
        scenario.closeCall();
        selection.criteria(scenario.programme);
        selection.decide(scenario.secretariat, scenario.firstExpression, Outcome.SELECTED, "Best fit.");
        ExchangeId exchange = exchanges.create(scenario.secretariat, scenario.firstExpression, new ExchangePlan(
                ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 20), "Kampala", null,
                null, List.of(new Participant(Side.EXPERTISE, 1, null, "Anna", "Utrecht", null),
                        new Participant(Side.PARTNER, 1, null, "Grace", "KCCA", null))));
        budget.addLine(scenario.secretariat, exchange, new BudgetLineDraft(BudgetCategory.TRAVEL, "Flights",
                new BigDecimal("2500.00")));
        path = "/exchange/programmes/" + scenario.programme.value() + "/dashboard";
    }

    @Test
    void showsRequestsByStateTheBudgetAndTheCountriesReached() throws Exception {
        String page = page(path, scenario.secretariat, "en");
        assertThat(page).contains("Human resources management", "Uganda", "Matched", "2500.00 EUR",
                "7500.00 EUR", "<meter", "Netherlands", "(UTC)");
        String french = page(path, scenario.secretariat, "fr");
        assertThat(french).contains("Tableau de bord", "Appariée", "Pays-Bas", "Ouganda");
    }

    @Test
    void theProgrammesSecretariatPageLeadsToTheDashboardExchangesAndSelection() throws Exception {
        String programme = page("/exchange/programmes/" + scenario.programme.value(), scenario.secretariat, "en");
        assertThat(programme).contains("href=\"" + path + "\"",
                "href=\"/exchange/programmes/" + scenario.programme.value() + "/exchanges\"",
                "href=\"/exchange/programmes/" + scenario.programme.value() + "/criteria\"",
                "href=\"/exchange/calls/" + scenario.call.value() + "/committee\"",
                "href=\"/exchange/calls/" + scenario.call.value() + "/ranking\"");
    }

    @Test
    void theCsvSpeaksTheViewersLanguage() throws Exception {
        String csv = mvc.perform(get(path + ".csv").with(as(scenario.secretariat))
                .cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Demande", "Manifestations d’intérêt", "Human resources management", "Appariée");
    }

    @Test
    void onlyTheSecretariatSeesItAndAnUnknownProgrammeIsNotFound() throws Exception {
        mvc.perform(get(path).with(as(scenario.associationFocalPoint))).andExpect(status().isForbidden());
        mvc.perform(get(path + ".csv").with(as(scenario.firstFocalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/programmes/" + UUID.randomUUID() + "/dashboard").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exchange/programmes/not-an-id/dashboard").with(as(scenario.secretariat)))
                .andExpect(status().isNotFound());
    }

    private String page(String url, AccountId viewer, String language) throws Exception {
        return mvc.perform(get(url).with(as(viewer)).cookie(new Cookie("collegium_lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(AccountId account) {
        return user(users.loadUserByUsername(accounts.find(account).orElseThrow().email()));
    }
}
