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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An academy administrator's pages, with their forms' errors: in English on a desktop and in French on a 360 px
 * phone, each checked for WCAG 2.2 A/AA, page weight and (on the phone) horizontal overflow.
 */
@CollegiumIntegrationTest
class AcademyManagementBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final BrowserTestData data;

    @Autowired
    AcademyManagementBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void managesTheAcademyAndItsStaffThroughFormsThatShowTheirErrors(String language, boolean narrow) {
        String administrator = data.account();
        AcademySummary academy = data.academy(data.platformAdministrator(), administrator);
        String manage = "/academies/" + academy.slug() + "/manage";
        browser.seenAs(language, narrow).signIn(administrator, BrowserTestData.PASSWORD);

        browser.visit("/academies/" + academy.slug());
        assertThat(browser.language()).isEqualTo(language);
        browser.visit(manage);
        browser.type("accentColour", "#ffff00").click("form[action$='/manage'] button[type=submit]");
        assertThat(browser.text("#accentColour-error")).isNotBlank();
        browser.type("name", " ").type("accentColour", "#7b1e3a").click("form[action$='/manage'] button[type=submit]");
        assertThat(browser.text("#name-error")).isNotBlank();
        browser.visit(manage + "?language=fr");

        browser.visit(manage + "/staff");
        assertThat(browser.pageText()).contains(administrator);
        browser.type("email", "nobody-" + UUID.randomUUID() + "@example.org")
                .click("form[action$='/staff'] button[type=submit]");
        assertThat(browser.text("#email-error")).isNotBlank();
        browser.type("email", data.account()).select("role", "FACILITATOR")
                .click("form[action$='/staff'] button[type=submit]");
        assertThat(browser.pageText()).contains(administrator);
    }
}
