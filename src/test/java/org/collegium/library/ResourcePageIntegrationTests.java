package org.collegium.library;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A resource's permanent page: what it shows, in which language, and to whom. */
@CollegiumIntegrationTest
class ResourcePageIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final Editorial editorial;
    private final LibraryTestData data;

    private OrganisationSummary alga;
    private String member;

    @Autowired
    ResourcePageIntegrationTests(MockMvc mvc, Resources resources, Editorial editorial, Accounts accounts,
            Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.mvc = mvc;
        this.resources = resources;
        this.editorial = editorial;
        this.data = new LibraryTestData(accounts, roles, editing, users);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        alga = data.network("ALGA");
        member = data.member();
    }

    @Test
    void aPublishedCaseStudyShowsItsSectionsAndDescriptionToEveryone() throws Exception {
        ResourceId id = published(LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));

        mvc.perform(get("/library/resources/" + id).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Assainissement à Dogbo"), containsString("Conception"),
                        containsString("Conception conjointe du plan"), containsString("Leçons apprises"),
                        containsString("Bénin"), containsString("ODD 6"), containsString("Cible 17.17"),
                        containsString("CC BY 4.0"), containsString("Koffi Mensah"),
                        not(containsString("koffi@example.org")))));
    }

    @Test
    void aTextMissingInTheViewersLanguageNamesTheLanguageItIsShownIn() throws Exception {
        ResourceId id = published(LibraryTestData.caseStudy(alga, "Assainissement"));

        mvc.perform(get("/library/resources/" + id).locale(Locale.of("es")).with(user(data.user(member))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Assainissement (English)"),
                        containsString("La commune de Dogbo"), containsString("koffi@example.org"))));
    }

    @Test
    void markupInAnAbstractIsShownAsText() throws Exception {
        ResourceDraft good = LibraryTestData.caseStudy(alga, "Balises");
        ResourceId id = published(new ResourceDraft(good.kind(), good.network(), "fr",
                Map.of("fr", LanguageVersion.of("Balises", "<script>alert('x')</script>")), good.creators(),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), good.licence(), null, good.links(),
                good.contact()));

        mvc.perform(get("/library/resources/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert("),
                        not(containsString("<script>alert(")))));
    }

    @Test
    void aDraftIsNotFoundForOthersAndAMalformedAddressIsNotFound() throws Exception {
        ResourceId id = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "Brouillon"));

        mvc.perform(get("/library/resources/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + id).with(user(data.user(data.member()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + id).with(user(data.user(member)))).andExpect(status().isOk());
        mvc.perform(get("/library/resources/not-an-id")).andExpect(status().isNotFound());
    }

    /** Drafted by the member, submitted, and published by an editor of the network, as in the application. */
    private ResourceId published(ResourceDraft draft) {
        ResourceId id = resources.draft(data.idOf(member), draft);
        new Publication(editorial, data.idOf(member), data.idOf(data.editorOf(alga))).publish(id);
        return id;
    }
}
