package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.LibraryTestData;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A network's library editor curates a collection in a real browser, every page checked for WCAG 2.2 A/AA and
 * weight: creates it from the list of collections, adds a published resource by pasting its address, reads the
 * public page, then the resource's use figures and the network's. In English on a desktop and in French on a phone.
 */
@CollegiumIntegrationTest
class LibraryCollectionsBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private final LibraryTestData data;
    private final Resources resources;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;

    private Browser browser;

    @Autowired
    LibraryCollectionsBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users,
            Resources resources, MessageSource messages, JdbcTemplate jdbc) {
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.resources = resources;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void anEditorCuratesACollectionThatVisitorsRead(String language, boolean narrow) {
        OrganisationSummary alga = data.network("ALGA");
        String editor = data.editorOf(alga);
        ResourceId resource = resources.draft(data.idOf(data.member()),
                LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));
        jdbc.update("UPDATE library_resource SET status = 'PUBLISHED', published_at = CURRENT_TIMESTAMP WHERE id = ?",
                resource.value());
        String title = LibraryTestData.unique("Coopération décentralisée");

        browser.seenAs(language, narrow).signIn(editor, LibraryTestData.PASSWORD);
        browser.visit("/library/collections");
        browser.click("a[href='/library/collections/new?network=" + alga.slug() + "']");
        browser.select("originalLanguage", "fr").type("titleFr", title)
                .type("descriptionFr", "Guides et cas pour planifier une coopération.");
        browser.click("main form button[type=submit]");
        assertThat(browser.pageText()).contains(text("librarycollections.flash.created", language));

        browser.type("address", "http://localhost:8080/library/resources/" + resource);
        browser.click("form[action$='/resources'] button[type=submit]");
        assertThat(browser.pageText()).contains(text("librarycollections.flash.added", language),
                "Assainissement à Dogbo");

        browser.signOut();
        browser.visit("/library/collections");
        browser.clickLink(title);
        assertThat(browser.pageText()).contains(title, "Guides et cas pour planifier une coopération.",
                "Assainissement à Dogbo", alga.name());

        browser.click("main a[href='/library/resources/" + resource + "']");
        browser.visit("/library/resources/" + resource + "/figures");
        assertThat(browser.pageText()).contains(text("libraryfigures.unknown-country", language));
        browser.signIn(editor, LibraryTestData.PASSWORD);
        browser.visit("/library/networks/" + alga.slug() + "/figures");
        assertThat(browser.pageText()).contains("Assainissement à Dogbo");
    }

    private String text(String code, String language) {
        return messages.getMessage(code, null, Locale.forLanguageTag(language));
    }
}
