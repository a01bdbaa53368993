package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.matching.MatchingFixtures;
import org.collegium.exchange.practitioner.PractitionerFixtures;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A practitioner writes their profile in the browser, and the programme's secretariat then sees them ranked for a
 * request with the reasons in plain words: in English on a desktop and in French on a 360 px phone.
 */
@CollegiumIntegrationTest
class PractitionerBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private final PractitionerFixtures fixtures;
    private final Accounts accounts;
    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private Browser browser;

    @Autowired
    PractitionerBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users,
            Programmes programmes, Calls calls, ExpertiseRequests requests) {
        this.fixtures = new PractitionerFixtures(accounts, roles, editing, users);
        this.accounts = accounts;
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void editsAProfileAndSeesItRankedWithReasons(String language, boolean narrow) {
        MatchingFixtures request = new MatchingFixtures(fixtures, programmes, calls, requests);
        OrganisationId utrecht = fixtures.municipality("NL");
        String practitioner = fixtures.email("marieke");
        fixtures.member(fixtures.idOf(practitioner), utrecht);
        String secretariat = accounts.find(request.secretariat).orElseThrow().email();
        browser.seenAs(language, narrow);

        browser.signIn(practitioner, PractitionerFixtures.PASSWORD);
        browser.visit("/account/practitioner").type("jobTitle", "Head of HR").select("function", "head-of-human-resources")
                .select("languages0.code", "en").select("languages0.level", "C1")
                .run("document.getElementById('availability0.from').value = '2027-03-02';"
                        + "document.getElementById('availability0.to').value = '2027-03-30';")
                .click("button[value=save]");
        assertThat(browser.pageText()).contains("en".equals(language) ? "The practitioner profile is saved."
                : "Le profil de praticien·ne est enregistré.");

        browser.signIn(secretariat, PractitionerFixtures.PASSWORD);
        browser.visit("/exchange/requests/" + request.request.value() + "/candidates");
        String name = accounts.findByEmail(practitioner).orElseThrow().displayName();
        assertThat(browser.pageText()).contains(name);
        if ("en".equals(language)) {
            assertThat(browser.pageText()).contains("same function: Head of human resources", "shares English (C1)",
                    "available in March 2027");
        } else {
            assertThat(browser.pageText()).contains("même fonction : Directeur·rice des ressources humaines",
                    "parle Anglais (C1)", "disponible en mars 2027");
        }
    }
}
