package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The account pages (sign-in, registration, password reset, profile) with their error states, and the page that
 * refuses a signed-in person who is not an administrator: in English on a desktop and in French on a 360 px phone,
 * each checked for WCAG 2.2 A/AA, page weight and (on the phone) horizontal overflow.
 */
@CollegiumIntegrationTest
class AccountBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final BrowserTestData data;
    private final DevMailbox mailbox;

    @Autowired
    AccountBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users, DevMailbox mailbox) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
        this.mailbox = mailbox;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void signsInAfterAWrongPasswordAndRegistersAfterErrors(String language, boolean narrow) {
        String email = data.account();
        browser.seenAs(language, narrow);

        browser.visit("/sign-in").type("email", email).type("password", "not the password")
                .click("main form button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo("/sign-in?error");
        assertThat(browser.text("#sign-in-problem")).isNotBlank();
        browser.type("email", email).type("password", BrowserTestData.PASSWORD).click("main form button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo("/");
        browser.signOut();

        browser.visit("/register").type("email", "not-an-address").type("password", "short")
                .click("main form button[type=submit]");
        assertThat(browser.text("#displayName-error")).isNotBlank();
        assertThat(browser.text("#email-error")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void editsTheProfileAndIsRefusedTheAdministration(String language, boolean narrow) {
        String email = data.account();
        browser.seenAs(language, narrow).signIn(email, BrowserTestData.PASSWORD);

        browser.visit("/account/profile").type("displayName", " ").click("form[action$='/profile'] button[type=submit]");
        assertThat(browser.text("#displayName-error")).isNotBlank();
        browser.type("displayName", "Ana Stojanovska").type("jobTitle", "Head of the urban planning department")
                .click("form[action$='/profile'] button[type=submit]");
        assertThat(browser.text("main [role=status]")).isNotBlank();
        browser.type("currentPassword", "not the password").type("newPassword", "short")
                .click("form[action$='/password'] button[type=submit]");
        assertThat(browser.text("#currentPassword-error, #newPassword-error")).isNotBlank();

        browser.visit("/admin");
        assertThat(browser.text("h1")).isEqualTo("en".equals(language) ? "You may not do this"
                : "Vous n’êtes pas autorisé·e à faire cela");
    }

    @Test
    void resetsAForgottenPasswordAfterAnError() {
        String email = data.account();
        browser.seenAs("en", false);
        browser.visit("/password/forgot").type("email", email).click("main form button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo("/password/forgot/sent");
        Matcher link = Pattern.compile("/password/reset\\?token=\\S+")
                .matcher(mailbox.messagesTo(email).getLast().text());
        assertThat(link.find()).isTrue();

        for (String language : List.of("en", "fr")) {
            browser.seenAs(language, "fr".equals(language));
            browser.visit("/password/forgot");
            browser.visit("/password/reset?token=no-such-token");
            browser.visit(link.group()).type("password", "short").click("main form button[type=submit]");
            assertThat(browser.text("#password-error")).isNotBlank();
        }
    }
}
