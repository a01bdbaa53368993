package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.LibraryFixtures;
import org.collegium.library.LibraryTestData;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The library's whole journey in a real browser, every page checked for WCAG 2.2 A/AA, weight and a 360 px screen:
 * a member submits a case study with a PDF; an editor of the network asks for a change, then publishes it; a visitor
 * finds it, in French, by a word that appears only inside the PDF, filtering by country and SDG.
 */
@CollegiumIntegrationTest
class LibraryJourneyBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private final LibraryTestData data;

    private Browser browser;
    private OrganisationSummary network;
    private String member;
    private String editor;

    @Autowired
    LibraryJourneyBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.data = new LibraryTestData(accounts, roles, editing, users);
    }

    @BeforeEach
    void aNetworkItsEditorAndAMember() {
        browser = SHARED.get();
        network = data.network("ALGA");
        member = data.member();
        editor = data.editorOf(network);
    }

    @Test
    void aCaseStudyWithAPdfIsSubmittedPublishedAndFoundByAWordOfThePdf() throws IOException {
        String title = LibraryTestData.unique("Eaux grises à Dogbo");
        String place = "kpomasse" + letters(8);
        Path pdf = Files.write(Files.createTempDirectory("library-journey").resolve("Fiche Dogbo.pdf"),
                LibraryFixtures.pdf("Les stations de phytoépuration du quartier " + place
                        + " traitent les eaux grises de trois cents ménages."));

        browser.seenAs("fr", true).signIn(member, LibraryTestData.PASSWORD);
        browser.visit("/library/submit").check("#kind-CASE_STUDY").click("main form button[type=submit]");
        browser.select("network", network.id().value().toString()).select("originalLanguage", "fr")
                .type("title", title)
                .type("summary", "Une commune béninoise traite ses eaux usées avec sa ville partenaire.")
                .type("sectionsCONTEXT", "Les eaux usées des ménages se déversaient dans les caniveaux.")
                .type("creators0.name", "Aminata Diallo").type("publisher", "ALGA")
                .run("document.getElementById('issued').value = '2024-02-01'")
                .check("input[name=languages][value=fr]").select("countries", "BJ")
                .check("input[name=sdgGoals][value='6']").select("licence", "CC_BY");
        browser.click("main form button[name=save]");
        String resource = browser.currentPath();
        browser.click("a[href$='/files']").attach("file", pdf).click("main form[enctype] button[type=submit]");
        assertThat(browser.pageText()).contains("Fiche Dogbo.pdf");
        browser.visit(resource).click("form[action$='/submit'] button");
        assertThat(browser.pageText()).contains("Soumis pour relecture");

        browser.seenAs("en", false).signIn(editor, LibraryTestData.PASSWORD);
        browser.visit("/library/review").clickLink(title);
        browser.type("changes-note", "Please say what the evaluation found.")
                .click("form[action$='/request-changes'] button");
        assertThat(browser.pageText()).contains("Changes requested");

        browser.seenAs("fr", true).signIn(member, LibraryTestData.PASSWORD);
        browser.visit(resource + "/edit")
                .type("sectionsEVALUATION", "Les analyses de 2024 montrent une eau rejetée conforme aux normes.")
                .click("main form button[name=save]");
        browser.click("form[action$='/submit'] button");

        browser.seenAs("en", false).signIn(editor, LibraryTestData.PASSWORD);
        browser.visit(resource).click("form[action$='/publish'] button");
        assertThat(browser.pageText()).contains("version 1");

        browser.signOut().seenAs("fr", true);
        browser.visit("/library").type("q", place)
                .clickAndWaitForText("#library-search .search button[type=submit]", title)
                .waitForAddress("q=" + place);
        browser.check("input[name=country][value=BJ]").waitForAddress("country=BJ");
        browser.check("input[name=sdg][value='6']").waitForAddress("sdg=6");
        assertThat(browser.text("#results")).contains(title, "Une ressource trouvée", place);
        browser.clickLink(title);
        assertThat(browser.currentPath()).isEqualTo(resource);
        assertThat(browser.pageText()).contains("Les analyses de 2024", "Fiche Dogbo.pdf");
    }

    /** A made-up word, so that only this test's PDF holds it in the shared database. */
    private static String letters(int count) {
        Random random = new Random();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
