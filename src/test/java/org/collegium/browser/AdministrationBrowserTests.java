package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The platform administrator's pages, forms with their errors included: in English on a desktop and in French on a
 * 360 px phone, each checked for WCAG 2.2 A/AA, page weight and (on the phone) horizontal overflow.
 */
@CollegiumIntegrationTest
class AdministrationBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final BrowserTestData data;

    @Autowired
    AdministrationBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void administersAccountsTheAuditLogAndAcademies(String language, boolean narrow) {
        String administrator = data.platformAdministrator();
        data.academy(administrator, data.account());
        browser.seenAs(language, narrow).signIn(administrator, BrowserTestData.PASSWORD);

        browser.visit("/admin");
        assertThat(browser.language()).isEqualTo(language);
        browser.visit("/admin/accounts");
        browser.visit("/admin/accounts?q=" + administrator);
        assertThat(browser.pageText()).contains(administrator);
        browser.visit("/admin/accounts?q=nobody-" + UUID.randomUUID());
        browser.visit("/admin/audit");
        browser.visit("/admin/audit?action=academy.create");
        browser.visit("/admin/academies");
        browser.visit("/admin/academies/new");
        browser.type("accentColour", "#ffff00").click("main form button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo("/admin/academies/new");
        assertThat(browser.text("#name-error")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void createsAndEditsAnOrganisationThroughFormsThatShowTheirErrors(String language, boolean narrow) {
        String administrator = data.platformAdministrator();
        Viewer viewer = data.viewer(administrator);
        OrganisationSummary parent = data.organisation(viewer, BrowserTestData.unique("Network"), OrganisationKind.NETWORK, null);
        browser.seenAs(language, narrow).signIn(administrator, BrowserTestData.PASSWORD);

        browser.visit("/directory");
        browser.visit("/directory/new");
        browser.type("website", "not an address").click("main form button[type=submit]");
        assertThat(browser.text("#name-error")).isNotBlank();
        assertThat(browser.text("#website-error")).isNotBlank();
        String name = BrowserTestData.unique("Municipality of Bitola");
        browser.type("name", name).type("website", "https://bitola.example").select("kind", "LOCAL_GOVERNMENT")
                .select("country", "MK").click("main form button[type=submit]");
        assertThat(browser.text("h1")).contains(name);
        String slug = browser.currentPath().substring("/directory/".length());

        browser.visit("/directory/" + slug + "/edit");
        browser.type("name", " ").click("form[action$='/edit'] button[type=submit]");
        assertThat(browser.text("#name-error")).isNotBlank();
        browser.visit("/directory/" + slug + "/edit");
        browser.type("email", "not-an-address").click("form[action$='/focal-points'] button[type=submit]");
        assertThat(browser.text("#email-error")).isNotBlank();
        browser.visit("/directory/" + slug + "/edit");
        browser.type("parent", "no-such-" + UUID.randomUUID().toString().substring(0, 8))
                .click("form[action$='/memberships'] button[type=submit]");
        assertThat(browser.text("#parent-error")).isNotBlank();
        browser.visit("/directory/" + slug + "/edit");
        browser.type("text", " ").click("form[action$='/description'] button[type=submit]");
        assertThat(browser.text("#text-error")).isNotBlank();
        browser.visit("/directory/" + slug + "/edit");
        browser.type("parent", parent.slug()).click("form[action$='/memberships'] button[type=submit]");
        browser.visit("/directory/" + slug + "/edit");
        assertThat(browser.pageText()).contains(parent.name());
    }
}
