package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeScenario;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.exchanges.ExchangeView;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.selection.CriterionView;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * From the deadline to the joint report: the call closes; a committee member scores an expression and submits; the
 * secretariat decides, notifies the applicants, creates the exchange and moves it to completed; the association's
 * focal point records the joint report; the secretariat reads the dashboard. In English on a desktop and in French
 * on a 360 px phone, every page checked for WCAG 2.2 A/AA and weight.
 */
@CollegiumIntegrationTest
class SelectionBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final ExpressionsOfInterest expressions;
    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;
    private final Selection selection;
    private final Exchanges exchanges;
    private final DevMailbox mailbox;

    @Autowired
    SelectionBrowserTests(Programmes programmes, Calls calls, ExpertiseRequests requests,
            ExpressionsOfInterest expressions, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, Selection selection, Exchanges exchanges, DevMailbox mailbox) {
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.expressions = expressions;
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
        this.selection = selection;
        this.exchanges = exchanges;
        this.mailbox = mailbox;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void theCommitteeScoresTheSecretariatSelectsAndTheExchangeIsReported(String language, boolean narrow) {
        ExchangeScenario scenario = new ExchangeScenario(programmes, calls, requests, expressions, accounts, roles,
                editing, users, new BigDecimal("20000"));
        AccountId reviewer = scenario.account("browser-reviewer");
        selection.appoint(scenario.secretariat, scenario.call, reviewer);
        scenario.closeCall();
        String expression = scenario.firstExpression.value().toString();

        browser.seenAs(language, narrow).signIn(email(reviewer), ExchangeScenario.PASSWORD);
        browser.visit("/exchange/reviews");
        assertThat(browser.language()).isEqualTo(language);
        browser.click("a[href='/exchange/reviews/" + expression + "']");
        assertThat(browser.pageText()).contains("We know the challenge.", "Two missions and a placement.");
        for (CriterionView criterion : selection.criteria(scenario.programme)) {
            browser.type("score-" + criterion.id(), "9");
        }
        browser.type("comment", "A convincing team").click("button[value=submit]");
        assertThat(browser.pageText()).contains("A convincing team");

        browser.signIn(email(scenario.secretariat), ExchangeScenario.PASSWORD);
        String ranking = "/exchange/calls/" + scenario.call.value() + "/ranking";
        browser.visit(ranking);
        browser.check("#outcome-" + expression + "-SELECTED").type("reason-" + expression, "Strongest proposal")
                .click("#expression-" + expression + " form button[type=submit]");
        browser.click("form[action$='/notify'] button[type=submit]");
        assertThat(mailbox.messagesTo(email(scenario.firstFocalPoint)))
                .anySatisfy(mail -> assertThat(mail.text()).contains("Strongest proposal"));

        browser.click("a[href='/exchange/expressions/" + expression + "/exchange/new']");
        browser.type("places", "Kampala").type("participants[1].name", "Grace Namuli")
                .click("main form button:not([name=add])");
        ExchangeView exchange = exchanges.ofProgramme(scenario.secretariat, scenario.programme).getFirst();
        String page = "/exchange/exchanges/" + exchange.id().value();
        assertThat(browser.currentPath()).isEqualTo(page);
        for (int step = 0; step < 3; step++) {
            browser.click("form[action$='/advance'] button[type=submit]");
        }
        browser.type("description", "Flights " + UUID.randomUUID()).select("category", "TRAVEL")
                .type("planned", "1800").click("form[action$='/budget'] button[type=submit]");

        browser.signIn(email(scenario.associationFocalPoint), ExchangeScenario.PASSWORD);
        browser.visit(page);
        browser.type("done", "Two missions to Kampala").type("results", "An appraisal scheme adopted")
                .type("lessonsLearned", "Start with the managers").type("nextSteps", "A placement in 2028")
                .click("form[action$='/report'] button[type=submit]");
        assertThat(browser.pageText()).contains("Start with the managers");
        assertThat(exchanges.get(scenario.secretariat, exchange.id()).report()).isNotNull();

        browser.signIn(email(scenario.secretariat), ExchangeScenario.PASSWORD);
        browser.visit("/exchange/programmes/" + scenario.programme.value() + "/dashboard");
        assertThat(browser.pageText()).contains("1800");
    }

    private String email(AccountId account) {
        return accounts.find(account).orElseThrow().email();
    }
}
