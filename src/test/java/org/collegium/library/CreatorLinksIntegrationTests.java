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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * Creators linked to the directory from the resource form, without JavaScript: a name or acronym that is exactly one
 * organisation's (case and accents aside) is linked under the directory's name and shown linked on the edit form and
 * the resource page; an unknown name stays free text; a name several organisations have is refused next to its row,
 * in the viewer's language, with the candidates to choose from, and nothing is written.
 */
@CollegiumIntegrationTest
class CreatorLinksIntegrationTests {

    private static final Cookie FRENCH = new Cookie("collegium_lang", "fr");

    private final MockMvc mvc;
    private final Resources resources;
    private final DirectoryEditing editing;
    private final JdbcTemplate jdbc;
    private final LibraryTestData data;

    private OrganisationSummary network;
    private String member;

    @Autowired
    CreatorLinksIntegrationTests(MockMvc mvc, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.editing = editing;
        this.jdbc = jdbc;
        this.data = new LibraryTestData(accounts, roles, editing, users);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        network = data.network("Réseau");
        member = data.member();
    }

    @Test
    void aNameTypedExactlyAsInTheDirectoryIsLinkedAndShownLinkedOnTheEditFormAndTheResourcePage() throws Exception {
        OrganisationSummary commune = organisation(LibraryTestData.unique("Commune de Kpèlè"), null, "BJ");

        ResourceId id = saved(form("Kpèlè").param("creators[0].name", commune.name())
                .param("creators[0].kind", "ORGANISATION").param("creators[1].name", "Aminata Diallo")
                .param("creators[1].kind", "PERSON"));

        ResourceView resource = resources.read(data.idOf(member), id);
        assertThat(resource.creators()).containsExactly(Creator.organisation(commune.name(), commune.id()),
                Creator.person("Aminata Diallo"));
        mvc.perform(get("/library/resources/" + id + "/edit").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/directory/" + commune.slug() + "\""),
                        containsString("in the directory"),
                        containsString("value=\"" + commune.id().value() + "\""),
                        containsString("name=\"creators[1].name\""))));
        mvc.perform(get("/library/resources/" + id).with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/directory/" + commune.slug() + "\""),
                        containsString("/directory/" + commune.slug() + "\"}"))));

        // Saving the edit form as it is keeps the link; unlinking it shows the name to type again.
        mvc.perform(edited(id).param("creators[0].name", commune.name()).param("creators[0].kind", "ORGANISATION")
                        .param("creators[0].organisation", commune.id().value().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(resources.read(data.idOf(member), id).creators().getFirst().organisation()).isEqualTo(commune.id());
        mvc.perform(edited(id).param("creators[0].name", commune.name()).param("creators[0].kind", "ORGANISATION")
                        .param("creators[0].organisation", commune.id().value().toString())
                        .param("unlink", "creator:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"creators0.name\""),
                        not(containsString("href=\"/directory/" + commune.slug() + "\"")))));
    }

    @Test
    void aNameOrAcronymIsMatchedWithoutCaseOrAccentsAndTakesTheDirectorysName() throws Exception {
        String suffix = LibraryTestData.unique("").strip();
        OrganisationSummary union = organisation("Union des Communes du Bénin " + suffix, "UCB" + suffix, "BJ");

        ResourceId byName = saved(form("Union").param("creators[0].name", "  union DES communes du benin " + suffix)
                .param("creators[0].kind", "ORGANISATION"));
        ResourceId byAcronym = saved(form("Sigle").param("creators[0].name", "ucb" + suffix.toUpperCase())
                .param("creators[0].kind", "ORGANISATION"));

        assertThat(resources.read(data.idOf(member), byName).creators())
                .containsExactly(Creator.organisation(union.name(), union.id()));
        assertThat(resources.read(data.idOf(member), byAcronym).creators())
                .containsExactly(Creator.organisation(union.name(), union.id()));
    }

    @Test
    void aNameNoOrganisationHasIsKeptAsTypedUnlinked() throws Exception {
        String name = LibraryTestData.unique("Collectif des quartiers");

        ResourceId id = saved(form("Collectif").param("creators[0].name", name)
                .param("creators[0].kind", "ORGANISATION"));

        assertThat(resources.read(data.idOf(member), id).creators()).containsExactly(Creator.organisation(name, null));
        mvc.perform(get("/library/resources/" + id).with(as(member)))
                .andExpect(content().string(allOf(containsString("<span>" + name + "</span>"),
                        not(containsString("in the directory")))));
    }

    @Test
    void aNameSeveralOrganisationsHaveIsRefusedWithTheCandidatesAndNothingIsWrittenUntilOneIsChosen() throws Exception {
        String name = LibraryTestData.unique("Association des maires");
        OrganisationSummary benin = organisation(name, null, "BJ");
        OrganisationSummary senegal = organisation(name, null, "SN");
        long before = count();

        mvc.perform(form("Maires").param("creators[0].name", name.toUpperCase())
                        .param("creators[0].kind", "ORGANISATION").cookie(FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Plusieurs organisations de l’annuaire s’appellent « " + name.toUpperCase()),
                        containsString(name + " (Bénin)"), containsString(name + " (Sénégal)"),
                        containsString("id=\"creators0-error\""),
                        containsString("value=\"creator:0:" + senegal.id().value() + "\""),
                        containsString("value=\"creator:0:" + benin.id().value() + "\""))));
        assertThat(count()).isEqualTo(before);

        // Choosing a candidate posts the form back, linked, still unsaved; saving it keeps the choice.
        mvc.perform(form("Maires").param("creators[0].name", name).param("creators[0].kind", "ORGANISATION")
                        .param("link", "creator:0:" + senegal.id().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/directory/" + senegal.slug() + "\""),
                        containsString("in the directory"))));
        assertThat(count()).isEqualTo(before);
        ResourceId id = saved(form("Maires").param("creators[0].name", name).param("creators[0].kind", "ORGANISATION")
                .param("creators[0].organisation", senegal.id().value().toString()));
        assertThat(resources.read(data.idOf(member), id).creators())
                .containsExactly(Creator.organisation(senegal.name(), senegal.id()));
    }

    private ResourceId saved(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return ResourceId.parse(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder form(String title) {
        return fields(post("/library/submit"), LibraryTestData.unique(title))
                .param("kind", "GUIDE").param("network", network.id().value().toString());
    }

    private MockHttpServletRequestBuilder edited(ResourceId id) {
        return fields(post("/library/resources/" + id + "/edit"), LibraryTestData.unique("Révisé"));
    }

    private MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder request, String title) {
        return request.with(csrf()).with(as(member))
                .param("originalLanguage", "fr")
                .param("title", title)
                .param("publisher", "UCLG Africa")
                .param("issued", "2024-03-01")
                .param("languages", "fr")
                .param("licence", "CC_BY");
    }

    private OrganisationSummary organisation(String name, String acronym, String country) {
        return editing.create((Viewer) data.user(data.administrator()), new OrganisationDetails(name, acronym,
                OrganisationKind.LOCAL_GOVERNMENT, country, null, null), "fr");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
        return user(data.user(email));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from library_resource", Long.class);
    }
}
