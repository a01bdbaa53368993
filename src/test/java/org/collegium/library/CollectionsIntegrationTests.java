package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.collection.CollectionId;
import org.collegium.library.collection.CollectionTexts;
import org.collegium.library.collection.CollectionView;
import org.collegium.library.collection.LibraryCollections;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Collections curated by a network's library editors: the rules, the public pages and the editing pages. */
@CollegiumIntegrationTest
class CollectionsIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final LibraryCollections collections;
    private final LibraryTestData data;
    private final JdbcTemplate jdbc;

    private OrganisationSummary alga;
    private String editor;
    private AccountId member;

    @Autowired
    CollectionsIntegrationTests(MockMvc mvc, Resources resources, LibraryCollections collections, Accounts accounts,
            Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.collections = collections;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aNetworkWithAnEditor() {
        alga = data.network("ALGA");
        editor = data.editorOf(alga);
        member = data.idOf(data.member());
    }

    @Test
    void anEditorCuratesAnOrderedListOfPublishedResourcesThatTheWorldReads() throws Exception {
        ResourceId first = published("Assainissement à Dogbo");
        ResourceId second = published("Budget participatif à Kindia");
        ResourceId third = published("Eau potable à Mopti");
        CollectionId id = collections.create(data.idOf(editor), alga.id(), texts("Planification de la coopération",
                "Guides et cas pour planifier."));
        collections.add(data.idOf(editor), id, first);
        collections.add(data.idOf(editor), id, second);
        collections.add(data.idOf(editor), id, third);
        collections.move(data.idOf(editor), id, third, true);
        collections.move(data.idOf(editor), id, first, true);

        assertThat(collections.read(id).resources()).containsExactly(first, third, second);
        mvc.perform(get("/library/collections/" + id).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Planification de la coopération")))
                .andExpect(content().string(containsString("Guides et cas pour planifier.")))
                .andExpect(content().string(stringContainsInOrder("Assainissement à Dogbo", "Eau potable à Mopti",
                        "Budget participatif à Kindia")));
        mvc.perform(get("/library/collections").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Planification de la coopération")))
                .andExpect(content().string(containsString("3 resources")));
    }

    @Test
    void aWithdrawnResourceIsNeverShownOnTheCollectionsPublicPage() throws Exception {
        ResourceId kept = published("Assainissement à Dogbo");
        ResourceId withdrawn = published("Ressource retirée");
        CollectionId id = collections.create(data.idOf(editor), alga.id(), texts("Localiser les ODD", ""));
        collections.add(data.idOf(editor), id, kept);
        collections.add(data.idOf(editor), id, withdrawn);
        jdbc.update("UPDATE library_resource SET status = 'WITHDRAWN' WHERE id = ?", withdrawn.value());

        mvc.perform(get("/library/collections/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Assainissement à Dogbo")))
                .andExpect(content().string(not(containsString("Ressource retirée"))));
        mvc.perform(get("/library/collections").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("one resource")));
        mvc.perform(get("/library/collections/" + id + "/edit").with(user(data.user(editor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ressource retirée")))
                .andExpect(content().string(containsString("Not shown: Withdrawn")));
    }

    @Test
    void onlyPublishedResourcesCanBeAddedAndEachOnce() {
        ResourceId draft = resources.draft(member, LibraryTestData.caseStudy(alga, "Brouillon"));
        ResourceId published = published("Assainissement à Dogbo");
        CollectionId id = collections.create(data.idOf(editor), alga.id(), texts("Localiser Sendai", ""));

        assertThatThrownBy(() -> collections.add(data.idOf(editor), id, draft))
                .isInstanceOfSatisfying(LibraryRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("librarycollections.refusal.unpublished"));
        collections.add(data.idOf(editor), id, published);
        assertThatThrownBy(() -> collections.add(data.idOf(editor), id, published))
                .isInstanceOfSatisfying(LibraryRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("librarycollections.refusal.already"));
        assertThat(collections.read(id).resources()).containsExactly(published);
    }

    @Test
    void anotherNetworksEditorAndMembersMayNotCurate() throws Exception {
        CollectionId id = collections.create(data.idOf(editor), alga.id(), texts("Localiser les ODD", ""));
        ResourceId published = published("Assainissement à Dogbo");
        String otherEditor = data.editorOf(data.network("NALAS"));

        mvc.perform(post("/library/collections/" + id + "/resources").param("address", published.toString())
                .with(csrf()).with(user(data.user(otherEditor)))).andExpect(status().isForbidden());
        mvc.perform(get("/library/collections/" + id + "/edit").with(user(data.user(otherEditor))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/library/collections").param("network", alga.slug()).param("originalLanguage", "en")
                .param("titleEn", "Mine").with(csrf()).with(user(data.user(otherEditor))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/library/collections/new").param("network", alga.slug())
                .with(user(data.user(data.member())))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> collections.add(member, id, published)).isInstanceOf(AccessDeniedException.class);
        assertThat(collections.read(id).resources()).isEmpty();
    }

    @Test
    void anEditorCreatesACollectionThroughTheFormsAndAddsAResourceByItsAddress() throws Exception {
        ResourceId published = published("Assainissement à Dogbo");
        int before = collectionsOf(alga);
        mvc.perform(get("/library/collections/new").param("network", alga.slug()).with(user(data.user(editor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"titleFr\"")));

        mvc.perform(post("/library/collections").param("network", alga.slug()).param("originalLanguage", "fr")
                        .param("titleEn", "").param("descriptionFr", "Une description sans titre")
                        .with(csrf()).with(user(data.user(editor))).locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give a title in this language")))
                .andExpect(content().string(containsString("Une description sans titre")));
        assertThat(collectionsOf(alga)).as("nothing written").isEqualTo(before);

        mvc.perform(post("/library/collections").param("network", alga.slug()).param("originalLanguage", "fr")
                        .param("titleFr", "Coopération décentralisée").param("descriptionFr", "Pour planifier")
                        .with(csrf()).with(user(data.user(editor))))
                .andExpect(status().is3xxRedirection());
        CollectionView created = collections.all().stream().filter(c -> c.network().equals(alga.id())).findFirst()
                .orElseThrow();

        mvc.perform(post("/library/collections/" + created.id() + "/resources")
                        .param("address", "http://localhost:8080/library/resources/" + published)
                        .with(csrf()).with(user(data.user(editor))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/library/collections/" + created.id() + "/resources").param("address", "not an address")
                        .with(csrf()).with(user(data.user(editor))).locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Paste the address of a")));
        assertThat(collections.read(created.id()).resources()).containsExactly(published);

        mvc.perform(post("/library/collections/" + created.id() + "/resources/" + published + "/remove")
                .with(csrf()).with(user(data.user(editor)))).andExpect(status().is3xxRedirection());
        assertThat(collections.read(created.id()).resources()).isEmpty();
    }

    private ResourceId published(String title) {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, title));
        jdbc.update("UPDATE library_resource SET status = 'PUBLISHED', published_at = CURRENT_TIMESTAMP WHERE id = ?",
                id.value());
        return id;
    }

    private int collectionsOf(OrganisationSummary network) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM library_collection WHERE network_id = ?", Integer.class,
                network.id().value());
    }

    private static CollectionTexts texts(String title, String description) {
        return new CollectionTexts("fr", Map.of("fr", new CollectionTexts.Text(title, description)));
    }
}
