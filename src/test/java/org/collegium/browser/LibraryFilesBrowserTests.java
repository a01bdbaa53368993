package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.LibraryFixtures;
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
 * A member attaches a PDF to their draft case study in a real browser, every page checked for WCAG 2.2 A/AA and
 * weight: from the resource's page to its files page, a refused upload (a PNG named like a PDF) shown in the
 * member's language, then the PDF, listed with its name and read for search. In English on a desktop and in French
 * on a 360 px phone.
 */
@CollegiumIntegrationTest
class LibraryFilesBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private final LibraryTestData data;
    private final Resources resources;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;

    private Browser browser;

    @Autowired
    LibraryFilesBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users,
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
    void aMemberAttachesAPdfToTheirDraft(String language, boolean narrow) throws IOException {
        OrganisationSummary alga = data.network("ALGA");
        String member = data.member();
        ResourceId draft = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));
        Path folder = Files.createTempDirectory("library-files");
        Path pdf = Files.write(folder.resolve("Rapport Dogbo 2023.pdf"),
                LibraryFixtures.pdf("La latrine écologique a été adoptée par 400 ménages de Dogbo."));
        Path image = Files.write(folder.resolve("photo.pdf"), LibraryFixtures.png(2048));

        browser.seenAs(language, narrow).signIn(member, LibraryTestData.PASSWORD);
        browser.visit("/library/resources/" + draft);
        browser.click("a[href$='/files']");
        assertThat(browser.pageText()).contains(text("libraryfiles.list.empty", language));

        browser.attach("file", image).click("main form[enctype] button[type=submit]");
        assertThat(browser.pageText()).contains(text("libraryfiles.refusal.mismatch", language));

        browser.attach("file", pdf).click("main form[enctype] button[type=submit]");
        assertThat(browser.pageText()).contains(text("libraryfiles.flash.attached", language), "Rapport Dogbo 2023.pdf");
        assertThat(jdbc.queryForObject("SELECT extracted_text FROM library_resource_file WHERE resource_id = ?",
                String.class, draft.value())).contains("latrine écologique a été adoptée");

        browser.click("main p a[href='/library/resources/" + draft + "']");
        assertThat(browser.pageText()).contains("Rapport Dogbo 2023.pdf");
    }

    private String text(String code, String language) {
        return messages.getMessage(code, null, Locale.forLanguageTag(language));
    }
}
