package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeTestData;
import org.collegium.exchange.ExchangeTestData.Programme;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A call from opening to a moved deadline: the secretariat opens it, an association's focal point files a request, a
 * visitor finds it in the filtered list, the secretariat moves the deadline and the call shows the new date in both
 * zones. In English on a desktop and in French on a 360 px phone, every page checked for WCAG 2.2 A/AA and weight.
 */
@CollegiumIntegrationTest
class CallBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final ExchangeTestData data;

    @Autowired
    CallBrowserTests(Programmes programmes, Calls calls, ExpertiseRequests requests, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users) {
        this.data = new ExchangeTestData(programmes, calls, requests, accounts, roles, editing, users);
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void theSecretariatOpensACallAnAssociationFilesARequestAndTheDeadlineMoves(String language, boolean narrow) {
        Programme programme = data.programme();
        OrganisationSummary association = data.association("UG");
        String focalPoint = data.focalPointOf(association);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        String callTitle = ExchangeTestData.unique("Call");
        String requestTitle = ExchangeTestData.unique("Food reserves");

        browser.seenAs(language, narrow).signIn(programme.secretariat(), ExchangeTestData.PASSWORD);
        browser.visit("/exchange");
        assertThat(browser.language()).isEqualTo(language);
        browser.visit("/exchange/programmes/" + programme.id().value());
        browser.type("title", callTitle)
                .run(value("opensAt", today.minusDays(1) + "T09:00"))
                .run(value("deadline", today.plusDays(30) + "T12:00"))
                .select("zone", "Europe/Brussels")
                .click("form[action$='/calls'] button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo(callTitle);
        assertThat(browser.text("#deadline .zone")).contains("Europe/Brussels");
        String call = browser.currentPath();

        browser.signIn(focalPoint, ExchangeTestData.PASSWORD);
        browser.visit(call).click("a[href$='/requests/new']");
        browser.click("form[action$='/requests/new'] button[type=submit]");
        assertThat(browser.text("#association-error")).isNotBlank();
        browser.select("association", association.id().value().toString())
                .type("title", requestTitle)
                .select("topic", "food-security")
                .type("challenge", "Districts lack the skills to plan food reserves.")
                .type("beneficiaries", "Kyotera District\nRakai District")
                .check("input[name=counterpartFunctions][value=food-security-officer]")
                .type("responsibilities", "Plans the district's food reserves.")
                .type("practitionersSought", "2")
                .check("input[name=workingLanguages][value=en]")
                .check("input[name=methods][value=STUDY_VISIT]")
                .run(value("windowFrom", today.plusMonths(3).toString()))
                .run(value("windowTo", today.plusMonths(4).toString()))
                .click("form[action$='/requests/new'] button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo(requestTitle);
        assertThat(browser.pageText()).contains(association.name(), "Kyotera District");

        browser.signOut().visit("/exchange/requests");
        browser.select("country", "UG").select("method", "STUDY_VISIT").select("language", "en")
                .clickAndWaitForText("form[role=search] button[type=submit]", requestTitle).waitForAddress("country=UG");
        browser.visit("/exchange/requests?country=UG&topic=food-security&method=STUDY_VISIT&language=en");
        assertThat(browser.text("#results")).contains(requestTitle);
        browser.visit("/exchange/requests?country=KH");
        assertThat(browser.text("#results")).doesNotContain(requestTitle);

        browser.signIn(programme.secretariat(), ExchangeTestData.PASSWORD);
        browser.visit(call).click("a[href$='/deadline']");
        browser.run(value("deadline", today.plusDays(40) + "T12:00")).select("zone", "America/Bogota")
                .click("form[action$='/deadline'] button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo(call);
        assertThat(browser.pageText()).contains(language.equals("fr") ? "Nouvelle date" : "New date");
        assertThat(browser.text("#deadline .zone")).contains("America/Bogota");
        assertThat(browser.text("#deadline time")).doesNotContain("America/Bogota").endsWith(")");
        assertThat(browser.text("#previous-deadline")).contains("Europe/Brussels");
    }

    private static String value(String field, String value) {
        return "document.getElementById('" + field + "').value = '" + value + "';";
    }
}
