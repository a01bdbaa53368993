package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * The workflow's pages without JavaScript: the submission and edit forms (errors in the viewer's language, what was
 * typed kept, rows added), the action buttons, the versions, the tombstone, "my resources" and the review queue.
 */
@CollegiumIntegrationTest
class EditorialPagesIntegrationTests {

    /** The interface language a signed-in viewer chose on the page, which wins over their account's. */
    private static final Cookie FRENCH = new Cookie("collegium_lang", "fr");

    private final MockMvc mvc;
    private final Resources resources;
    private final Editorial editorial;
    private final JdbcTemplate jdbc;
    private final LibraryTestData data;

    private OrganisationSummary alga;
    private String member;
    private String editor;

    @Autowired
    EditorialPagesIntegrationTests(MockMvc mvc, Resources resources, Editorial editorial, Accounts accounts,
            Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.editorial = editorial;
        this.jdbc = jdbc;
        this.data = new LibraryTestData(accounts, roles, editing, users);
    }

    @BeforeEach
    void aNetworkAMemberAndAnEditor() {
        alga = data.network("ALGA");
        member = data.member();
        editor = data.editorOf(alga);
    }

    @Test
    void theSubmissionStartsByChoosingTheKindAndShowsTheCaseStudySectionsAndTheNetworks() throws Exception {
        OrganisationSummary municipality = data.municipality("Commune de Dogbo");
        mvc.perform(get("/library/submit").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"kind\""), containsString("Case study"))));
        mvc.perform(get("/library/submit").param("kind", "CASE_STUDY").with(as(member)).cookie(FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nouvelle ressource : Étude de cas"),
                        containsString(alga.name()), containsString("name=\"sections[LESSONS_LEARNED]\""),
                        containsString("name=\"contactName\""), not(containsString(municipality.name())))));
        mvc.perform(get("/library/submit").param("kind", "GUIDE").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"sections[CONTEXT]\""))));
        mvc.perform(get("/library/submit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRefusedSubmissionShowsTheErrorInTheViewersLanguageKeepsWhatWasTypedAndWritesNothing() throws Exception {
        long before = count();
        // Without accents: the form writes its values with HTML entities for them.
        String title = LibraryTestData.unique("Plan de Dogbo");

        mvc.perform(filled(post("/library/submit"), title, "11.3, 99.9")
                        .with(as(member)).cookie(FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("L’une des cibles des ODD n’existe pas"),
                        containsString("value=\"11.3, 99.9\""), containsString(title),
                        containsString("La commune de Dogbo"), containsString("Traduction 1"),
                        containsString("Sanitation in Dogbo"))));

        mvc.perform(filled(post("/library/submit"), title).param("translations[1].title", "Doublon")
                        .param("translations[1].language", "en").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Each language can be given once")));

        String municipality = data.municipality("Commune de Dogbo").id().value().toString();
        mvc.perform(filled(post("/library/submit"), title).with(as(member)).cookie(FRENCH).with(request -> {
                    request.setParameter("network", municipality);
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Choisissez le réseau dont la bibliothèque accueillera cette ressource."),
                        containsString(title))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rowsAreAddedAndRemovedByPostingTheFormBackWithoutSavingIt() throws Exception {
        long before = count();
        String title = LibraryTestData.unique("Lignes");

        mvc.perform(filled(post("/library/submit"), title).param("add", "creator").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"creators[1].name\""), containsString(title))));
        mvc.perform(filled(post("/library/submit"), title).param("remove", "translation:0").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sanitation in Dogbo"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aValidSubmissionIsSavedAsADraftThatItsSubmitterEditsAndSubmits() throws Exception {
        String title = LibraryTestData.unique("Assainissement");

        String location = mvc.perform(filled(post("/library/submit"), title).with(as(member)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/library/resources/*"))
                .andReturn().getResponse().getRedirectedUrl();
        ResourceId id = ResourceId.parse(location.substring(location.lastIndexOf('/') + 1));
        ResourceView saved = resources.read(data.idOf(member), id);
        assertThat(saved.status()).isEqualTo(ResourceStatus.DRAFT);
        assertThat(saved.title().readable("en")).contains("Sanitation in Dogbo");
        assertThat(saved.sdgTargets()).containsExactlyInAnyOrder("11.3", "6.a");
        assertThat(saved.sections()).containsKey(CaseSection.CONTEXT);
        assertThat(saved.contact().name()).isEqualTo("Koffi Mensah");

        mvc.perform(get("/library/resources/" + id + "/edit").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("value=\"11.3, 6.a\""))));
        mvc.perform(filled(post("/library/resources/" + id + "/edit"), title + " révisé").with(as(member)))
                .andExpect(status().is3xxRedirection());
        assertThat(resources.read(data.idOf(member), id).title().readable("fr")).contains(title + " révisé");

        mvc.perform(get("/library/resources/" + id).with(as(member)))
                .andExpect(content().string(allOf(containsString("Submit for review"),
                        not(containsString("Publish</button>")))));
        mvc.perform(post("/library/resources/" + id + "/submit").with(csrf()).with(as(member)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(resources.read(data.idOf(member), id).status()).isEqualTo(ResourceStatus.SUBMITTED);
        mvc.perform(get("/library/resources/" + id + "/edit").with(as(member))).andExpect(status().isForbidden());
    }

    @Test
    void theEditFormAndTheActionsAreForbiddenToOthers() throws Exception {
        ResourceId id = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "Privé"));
        String otherEditor = data.editorOf(data.network("NALAS"));
        String stranger = data.member();

        mvc.perform(get("/library/resources/" + id + "/edit").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + id + "/edit").with(as(otherEditor))).andExpect(status().isNotFound());
        mvc.perform(post("/library/resources/" + id + "/submit").with(csrf()).with(as(stranger)))
                .andExpect(status().isNotFound());
        editorial.submit(data.idOf(member), id);
        editorial.publish(data.idOf(editor), id);

        mvc.perform(get("/library/resources/" + id + "/edit").with(as(otherEditor))).andExpect(status().isForbidden());
        mvc.perform(post("/library/resources/" + id + "/withdraw").param("reason", "Non").with(csrf())
                .with(as(otherEditor))).andExpect(status().isForbidden());
        mvc.perform(post("/library/resources/" + id + "/publish").with(csrf()).with(as(member)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/library/resources/" + id).with(as(otherEditor)))
                .andExpect(content().string(not(containsString("Withdraw</button>"))));
        assertThat(resources.read(null, id).status()).isEqualTo(ResourceStatus.PUBLISHED);
    }

    @Test
    void anEditorAsksForChangesThenTheSubmitterReadsTheNoteOnTheirResourcesPage() throws Exception {
        ResourceId id = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "À revoir"));
        editorial.submit(data.idOf(member), id);

        mvc.perform(get("/library/review").with(as(editor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("À revoir")));
        mvc.perform(get("/library/review").with(as(member))).andExpect(status().isForbidden());
        mvc.perform(post("/library/resources/" + id + "/request-changes").param("note", " ").with(csrf())
                .with(as(editor))).andExpect(flash().attributeExists("flash"));
        assertThat(resources.read(data.idOf(member), id).status()).isEqualTo(ResourceStatus.SUBMITTED);
        mvc.perform(post("/library/resources/" + id + "/request-changes")
                .param("note", "Ajoutez <b>les résultats</b>.").with(csrf()).with(as(editor)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/library/mine").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("À revoir"), containsString("Changes the editors ask for"),
                        containsString("Ajoutez &lt;b&gt;les résultats&lt;/b&gt;."))));
        mvc.perform(get("/library/resources/" + id).with(as(member)))
                .andExpect(content().string(allOf(containsString("Changes the editors ask for"),
                        containsString("Submit for review"))));
    }

    @Test
    void publishedVersionsAreCitableAndAWithdrawnResourceIsATombstoneForThePublic() throws Exception {
        ResourceId id = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "Citable"));
        editorial.submit(data.idOf(member), id);
        mvc.perform(post("/library/resources/" + id + "/publish").with(csrf()).with(as(editor)))
                .andExpect(status().is3xxRedirection());
        resources.revise(data.idOf(editor), id, LibraryTestData.caseStudy(alga, "Citable, deuxième"));
        mvc.perform(get("/library/resources/" + id).with(as(editor)))
                .andExpect(content().string(containsString("Publish again")));
        mvc.perform(post("/library/resources/" + id + "/publish").with(csrf()).with(as(editor)));

        mvc.perform(get("/library/resources/" + id).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Citable, deuxième"),
                        containsString("/library/resources/" + id + "/versions/1"), containsString("Version 2"),
                        not(containsString("Processus éditorial")))));
        mvc.perform(get("/library/resources/" + id + "/versions/1").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vous lisez la version 1"),
                        containsString("Citable"), not(containsString("Citable, deuxième")),
                        containsString("Lire la version actuelle"))));
        mvc.perform(get("/library/resources/" + id + "/versions/9")).andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + id + "/versions/x")).andExpect(status().isNotFound());

        mvc.perform(post("/library/resources/" + id + "/withdraw").param("reason", "Droits à vérifier").with(csrf())
                .with(as(editor))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/library/resources/" + id))
                .andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("Citable, deuxième"),
                        containsString("was withdrawn from the library"), not(containsString("Dogbo")),
                        not(containsString("Droits à vérifier")))));
        mvc.perform(get("/library/resources/" + id + "/versions/1")).andExpect(status().isGone());
        mvc.perform(get("/library/resources/" + id).with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Withdrawn"), containsString("Droits à vérifier"),
                        containsString("Publish again"))));
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title) {
        return filled(request, title, "11.3, 6.A");
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title,
            String sdgTargets) {
        return request.with(csrf())
                .param("kind", "CASE_STUDY")
                .param("network", alga.id().value().toString())
                .param("originalLanguage", "fr")
                .param("title", title)
                .param("summary", "Coopération décentralisée pour l’assainissement.")
                .param("sections[CONTEXT]", "La commune de Dogbo coopère avec une ville française depuis 2009.")
                .param("sections[LESSONS_LEARNED]", "Associer les élus dès la conception.")
                .param("translations[0].language", "en")
                .param("translations[0].title", "Sanitation in Dogbo")
                .param("translations[0].summary", "Decentralised cooperation for sanitation.")
                .param("creators[0].name", "Aminata Diallo")
                .param("creators[0].kind", "PERSON")
                .param("publisher", "UCLG Africa")
                .param("issued", "2023-05-16")
                .param("languages", "fr")
                .param("countries", "BJ")
                .param("regions", "AFRICA")
                .param("themes", "DECENTRALISED_COOPERATION")
                .param("sdgGoals", "6")
                .param("sdgTargets", sdgTargets)
                .param("licence", "CC_BY")
                .param("links[0].kind", "WEB")
                .param("links[0].target", "https://www.uclga.org/")
                .param("links[0].label", "UCLG Africa")
                .param("contactName", "Koffi Mensah")
                .param("contactEmail", "koffi@example.org");
    }

    private RequestPostProcessor as(String email) {
        return user(data.user(email));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from library_resource", Long.class);
    }
}
