package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.network.PartnershipId;
import org.collegium.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The public pages of the directory and the academies, as a visitor sees them: in English on a desktop and in
 * French on a 360 px phone, each checked for WCAG 2.2 A/AA, page weight and (on the phone) horizontal overflow.
 */
@CollegiumIntegrationTest
class DirectoryBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final BrowserTestData data;

    @Autowired
    DirectoryBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void searchesTheDirectoryWithFiltersAndShowsAnEmptyResult(String language, boolean narrow) {
        Viewer administrator = data.viewer(data.platformAdministrator());
        String name = BrowserTestData.unique("Municipality of Kumanovo-Prilep-Struga-Gostivar");
        data.organisation(administrator, name, OrganisationKind.LOCAL_GOVERNMENT, "MK");
        browser.seenAs(language, narrow);

        browser.visit("/directory");
        assertThat(browser.language()).isEqualTo(language);
        browser.visit("/directory?q=" + name.replace(' ', '+') + "&kind=LOCAL_GOVERNMENT&country=MK");
        assertThat(browser.text("#results")).contains(name);
        browser.visit("/directory?q=nothing-" + UUID.randomUUID() + "&kind=UNIVERSITY");
        assertThat(browser.text("#results .empty")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void showsAnOrganisationWithItsMembersMembershipsPartnershipsAndADescriptionInAnotherLanguage(String language,
            boolean narrow) {
        Viewer administrator = data.viewer(data.platformAdministrator());
        OrganisationSummary network = data.organisation(administrator, BrowserTestData.unique("Network of Associations"),
                OrganisationKind.NETWORK, null);
        OrganisationSummary association = data.organisation(administrator, BrowserTestData.unique("Association of Units"),
                OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "MK");
        OrganisationSummary member = data.organisation(administrator, BrowserTestData.unique("City"),
                OrganisationKind.LOCAL_GOVERNMENT, "MK");
        data.member(administrator, association, network);
        data.member(administrator, member, association);
        data.describe(administrator, association, "es", "Una asociación de unidades de autogobierno local.");
        data.focalPoint(administrator, association, data.account());
        String title = BrowserTestData.unique("Memorandum on peer learning between associations");
        PartnershipId partnership = data.partnership(administrator, title, association, network);
        browser.seenAs(language, narrow);

        browser.visit("/directory/" + association.slug());
        assertThat(browser.pageText()).contains(member.name());
        assertThat(browser.text(".fallback-note")).isNotBlank();
        assertThat(browser.pageText()).contains(network.name(), title);
        browser.clickLink(title);
        assertThat(browser.currentPath()).isEqualTo("/directory/partnerships/" + partnership.value());
        assertThat(browser.text("h1")).isEqualTo(title);
        browser.clickLink(network.name());
        assertThat(browser.text("h1")).contains(network.name());
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void showsTheAcademiesAndAnAcademyInItsAccentColour(String language, boolean narrow) {
        AcademySummary academy = data.academy(data.platformAdministrator(), null);
        browser.seenAs(language, narrow);

        browser.visit("/academies");
        assertThat(browser.pageText()).contains(academy.name());
        browser.visit("/academies/" + academy.slug());
        assertThat(browser.text("h1")).isEqualTo(academy.name());
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void answersAnUnknownAddressWithTheNotFoundPage(String language, boolean narrow) {
        browser.seenAs(language, narrow);

        browser.visit("/directory/no-such-organisation-" + UUID.randomUUID());
        assertThat(browser.text("h1")).isEqualTo("en".equals(language) ? "Page not found" : "Page introuvable");
    }
}
