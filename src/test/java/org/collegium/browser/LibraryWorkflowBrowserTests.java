package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.LibraryTestData;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The library's editorial journey in a real browser: a member submits a case study through the form on a 360 px
 * phone in French; an editor of the network asks for a change on a desktop in English; the member revises and
 * submits it again; the editor publishes it; a visitor reads it. Every page is checked for WCAG 2.2 A/AA and weight.
 */
@CollegiumIntegrationTest
class LibraryWorkflowBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private final LibraryTestData data;
    private final DevMailbox mailbox;

    private Browser browser;
    private OrganisationSummary network;
    private String member;
    private String editor;

    @Autowired
    LibraryWorkflowBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users,
            DevMailbox mailbox) {
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.mailbox = mailbox;
    }

    @BeforeEach
    void aNetworkItsEditorAndAMember() {
        browser = SHARED.get();
        network = data.network("ALGA");
        member = data.member();
        editor = data.editorOf(network);
    }

    @Test
    void aMemberSubmitsACaseStudyAnEditorAsksForAChangeThenPublishesTheRevisedOne() {
        String title = LibraryTestData.unique("Assainissement partagé à Dogbo");

        browser.seenAs("fr", true).signIn(member, LibraryTestData.PASSWORD);
        browser.visit("/library/submit").check("#kind-CASE_STUDY").click("main form button[type=submit]");
        browser.select("network", network.id().value().toString()).select("originalLanguage", "fr")
                .type("title", title)
                .type("summary", "Coopération décentralisée pour l’assainissement d’une commune béninoise.")
                .type("sectionsCONTEXT", "La commune de Dogbo coopère avec une ville française depuis 2009.")
                .type("sectionsLESSONS_LEARNED", "Associer les élus dès la conception.")
                .type("creators0.name", "Aminata Diallo").type("publisher", "ALGA")
                .run("document.getElementById('issued').value = '2023-05-16'")
                .check("input[name=languages][value=fr]").select("countries", "BJ")
                .check("input[name=sdgGoals][value='6']").type("sdgTargets", "6.2, 11.3")
                .select("licence", "CC_BY").type("contactName", "Koffi Mensah");
        browser.click("main form button[name=save]");
        assertThat(browser.pageText()).contains(title, "Brouillon");
        browser.click("form[action$='/submit'] button");
        assertThat(browser.pageText()).contains("Soumis pour relecture");
        String resource = browser.currentPath();

        browser.seenAs("en", false).signIn(editor, LibraryTestData.PASSWORD);
        browser.visit("/library/review").clickLink(title);
        assertThat(browser.currentPath()).isEqualTo(resource);
        browser.type("changes-note", "Please add the results of the evaluation.")
                .click("form[action$='/request-changes'] button");
        assertThat(browser.pageText()).contains("Changes requested");
        assertThat(mailbox.messagesTo(member)).isNotEmpty()
                .first().satisfies(mail -> assertThat(mail.text()).contains("Please add the results of the evaluation."));

        browser.seenAs("fr", true).signIn(member, LibraryTestData.PASSWORD);
        browser.visit("/library/mine");
        assertThat(browser.pageText()).contains(title, "Please add the results of the evaluation.");
        browser.visit(resource + "/edit")
                .type("sectionsRESULTS", "Quatre cents latrines construites et entretenues en 2024.")
                .click("main form button[name=save]");
        browser.click("form[action$='/submit'] button");

        browser.seenAs("en", false).signIn(editor, LibraryTestData.PASSWORD);
        browser.visit(resource).click("form[action$='/publish'] button");
        assertThat(browser.pageText()).contains("version 1");

        browser.signOut().seenAs("fr", true);
        browser.visit(resource);
        assertThat(browser.pageText()).contains(title, "Quatre cents latrines construites", "Version 1")
                .doesNotContain("Processus éditorial");
        browser.visit(resource + "/versions/1");
        assertThat(browser.pageText()).contains("Vous lisez la version 1", "Quatre cents latrines construites");
    }
}
