package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Roles;
import org.collegium.library.LanguageVersion;
import org.collegium.library.LibraryTestData;
import org.collegium.library.Publication;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library's unfiltered page, kept by {@link BrowseCache}: served again from memory, and never stale after a
 * publication or a withdrawal on this node. Resources are issued today so that they come first on the page, newest
 * first.
 */
@CollegiumIntegrationTest
class BrowseCacheIntegrationTests {

    private final MockMvc mvc;
    private final LibrarySearch search;
    private final BrowseCache browsing;
    private final Resources resources;
    private final LibraryTestData data;
    private final Editorial editorial;
    private final Clock clock;
    private Publication publication;

    private OrganisationSummary network;
    private AccountId member;
    private String marker;

    @Autowired
    BrowseCacheIntegrationTests(MockMvc mvc, LibrarySearch search, BrowseCache browsing, Resources resources,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users, Editorial editorial,
            Clock clock) {
        this.mvc = mvc;
        this.search = search;
        this.browsing = browsing;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.editorial = editorial;
        this.clock = clock;
    }

    @BeforeEach
    void aNetworkAMemberAndAWordOfTheirOwn() {
        network = data.network("ALGA");
        member = data.idOf(data.member());
        publication = new Publication(editorial, member, data.idOf(data.administrator()));
        marker = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36)
                .replaceAll("[0-9aeiouy]", "k");
    }

    @Test
    void aRepeatedUnfilteredSearchIsAnsweredFromMemoryWithTheSameResults() {
        published("Aaa kept " + marker);
        SearchQuery unfiltered = SearchQuery.of("", Locale.FRENCH);
        long hits = browsing.hits();

        SearchResults first = search.search(unfiltered);
        SearchResults again = search.search(unfiltered);
        SearchResults inFrance = search.search(SearchQuery.of(" ", Locale.FRANCE));

        assertThat(browsing.hits()).isEqualTo(hits + 2);
        assertThat(again).isEqualTo(first);
        assertThat(titles(first)).contains("Aaa kept " + marker);
        assertThat(inFrance.query().locale()).isEqualTo(Locale.FRANCE);
        assertThat(inFrance.hits()).isEqualTo(first.hits());
        assertThat(inFrance.facets()).isEqualTo(first.facets());
    }

    @Test
    void searchesWithWordsOrFiltersAreNeverKept() {
        published("Aaa words " + marker);
        SearchQuery words = SearchQuery.of(marker, Locale.FRENCH);
        SearchQuery filtered = SearchQuery.of("", Locale.FRENCH).with(Facet.COUNTRY, "BJ");
        long hits = browsing.hits();

        search.search(words);
        search.search(words);
        search.search(filtered);
        search.search(filtered);

        assertThat(browsing.hits()).isEqualTo(hits);
    }

    @Test
    void theUnfilteredPageShowsAResourcePublishedAfterAFirstVisit() throws Exception {
        ResourceId id = draft("Aaa published " + marker);
        long hits = browsing.hits();
        page().andExpect(content().string(not(containsString("Aaa published " + marker))));
        page().andExpect(content().string(not(containsString("Aaa published " + marker))));
        assertThat(browsing.hits()).as("the second visit was answered from memory").isEqualTo(hits + 1);

        publication.publish(id);

        page().andExpect(content().string(containsString("Aaa published " + marker)));
    }

    @Test
    void theUnfilteredPageNoLongerShowsAResourceWithdrawnAfterAFirstVisit() throws Exception {
        ResourceId id = published("Aaa withdrawn " + marker);
        long hits = browsing.hits();
        page().andExpect(content().string(containsString("Aaa withdrawn " + marker)));
        page().andExpect(content().string(containsString("Aaa withdrawn " + marker)));
        assertThat(browsing.hits()).as("the second visit was answered from memory").isEqualTo(hits + 1);

        publication.withdraw(id);

        page().andExpect(content().string(not(containsString("Aaa withdrawn " + marker))));
    }

    private org.springframework.test.web.servlet.ResultActions page() throws Exception {
        return mvc.perform(get("/library").locale(Locale.ENGLISH)).andExpect(status().isOk());
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(hit -> hit.title().text()).toList();
    }

    private ResourceId published(String title) {
        ResourceId id = draft(title);
        publication.publish(id);
        return id;
    }

    private ResourceId draft(String title) {
        ResourceDraft example = LibraryTestData.caseStudy(network, title);
        return resources.draft(member, new ResourceDraft(ResourceKind.CASE_STUDY, network.id(), "fr",
                Map.of("fr", new LanguageVersion(title, "Une ressource du jour.", Map.of())), example.creators(),
                "UCLG Africa", LocalDate.now(clock), Set.of("fr"), Set.of("BJ"), Set.of(Region.AFRICA),
                Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION), Set.of(11), Set.of(), Set.of(), Set.of(),
                example.licence(), null, List.of(), example.contact()));
    }
}
