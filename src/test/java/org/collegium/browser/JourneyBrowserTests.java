package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.Viewer;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The newcomer's journey in a real browser, every page checked for accessibility and weight: create an account,
 * confirm it with the link received by e-mail, sign in, switch to French, search the directory, open an organisation.
 */
@CollegiumIntegrationTest
class JourneyBrowserTests {

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://[^/\\s]+(/register/confirm\\?token=[\\w-]+)");

    @LocalServerPort
    private int port;

    @Autowired
    private DevMailbox mailbox;

    @Autowired
    private Accounts accounts;

    @Autowired
    private Roles roles;

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private DirectoryEditing directory;

    private Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewcomerRegistersConfirmsSignsInAndFindsAnOrganisationInFrench() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "Commune de Parakou " + unique;
        createOrganisation(organisation);
        String email = "newcomer-" + unique + "@example.org";
        String password = "Cotonou lagoon ferry " + unique;

        browser.visit("/").clickLink("Create an account");
        browser.type("displayName", "Aïcha Houngbédji").type("email", email).type("password", password)
                .click("main button[type=submit]");
        assertThat(browser.currentPath()).startsWith("/register/sent");

        browser.visit(confirmationLinkSentTo(email));
        assertThat(browser.text("h1")).isEqualTo("Your address is confirmed");

        browser.visit("/sign-in").type("email", email).type("password", password).click("main button[type=submit]");
        assertThat(browser.text(".site-header")).contains("Aïcha Houngbédji");

        browser.click("button[name=lang][value=fr]");
        assertThat(browser.language()).isEqualTo("fr");

        browser.clickLink("Annuaire");
        assertThat(browser.currentPath()).isEqualTo("/directory");
        browser.type("q", "parakou " + unique).clickAndWaitForText("form.search button[type=submit]", organisation);

        browser.clickLink(organisation);
        assertThat(browser.text("h1")).isEqualTo(organisation);
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.pageText()).contains("Bénin");
    }

    private String confirmationLinkSentTo(String email) {
        ReceivedMail mail = mailbox.messagesTo(email).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No confirmation mail to " + email));
        Matcher link = CONFIRMATION_LINK.matcher(mail.text());
        assertThat(link.find()).as("a confirmation link in: " + mail.text()).isTrue();
        return link.group(1);
    }

    private void createOrganisation(String name) {
        String adminEmail = "journey-admin-" + UUID.randomUUID() + "@example.org";
        AccountId admin = accounts.createConfirmed(adminEmail, "Journey administrator", "unused password 2026", Locale.ENGLISH);
        roles.grant(admin, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        Viewer viewer = (Viewer) userDetails.loadUserByUsername(adminEmail);
        directory.create(viewer, new OrganisationDetails(name, null, OrganisationKind.LOCAL_GOVERNMENT, "BJ", "Borgou", null),
                "fr");
    }
}
