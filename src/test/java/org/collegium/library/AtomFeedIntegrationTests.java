package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The Atom feed of new resources, read back by ROME, and the pages that announce it. */
@CollegiumIntegrationTest
class AtomFeedIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final LibraryTestData data;
    private final PublishedResources library;

    private OrganisationSummary network;
    private AccountId member;

    @Autowired
    AtomFeedIntegrationTests(MockMvc mvc, Resources resources, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.library = new PublishedResources(resources, jdbc);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        network = data.network("Feed");
        member = data.idOf(data.member());
    }

    @Test
    void aNewlyPublishedResourceIsAnEntryLinkingToItsPermanentPage() throws Exception {
        Instant now = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ResourceDraft good = LibraryTestData.caseStudy(network, "x");
        ResourceDraft marked = new ResourceDraft(good.kind(), good.network(), "fr",
                Map.of("fr", LanguageVersion.of("Eau & <b>assainissement</b>", "Résumé <i>balisé</i> & co")),
                good.creators(), good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(),
                good.themes(), good.sdgGoals(), good.sdgTargets(), good.sendaiPriorities(), good.sendaiTargets(),
                good.licence(), null, good.links(), good.contact());
        ResourceId id = library.published(member, marked, now);
        ResourceId draft = resources.draft(member, LibraryTestData.caseStudy(network, "Brouillon du fil"));

        String xml = mvc.perform(get("/library/feed.atom")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString();
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));

        assertThat(feed.getId()).isEqualTo("http://localhost:8080/library/feed.atom");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks()).anyMatch(link -> "self".equals(link.getRel()));
        Entry entry = entry(feed, id).orElseThrow();
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Eau & <b>assainissement</b>");
        assertThat(entry.getTitleEx().getType()).isEqualTo("text");
        assertThat(entry.getSummary().getValue()).isEqualTo("Résumé <i>balisé</i> & co");
        assertThat(entry.getUpdated().toInstant()).isEqualTo(now);
        assertThat(entry.getAuthors()).extracting(author -> author.getName()).containsExactly("Aminata Diallo");
        assertThat(entry.getAlternateLinks()).singleElement().satisfies(link ->
                assertThat(link.getHref()).isEqualTo("http://localhost:8080/library/resources/" + id));
        assertThat(entry.getCategories()).extracting(Category::getTerm)
                .contains("CASE_STUDY", "DECENTRALISED_COOPERATION");
        assertThat(entry(feed, draft)).as("drafts are not in the feed").isEmpty();
        assertThat(feed.getEntries()).extracting(each -> each.getPublished() == null ? each.getUpdated()
                : each.getPublished()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(entry.getPublished().toInstant()).isEqualTo(now);

        Matcher updated = Pattern.compile("<updated>([^<]+)</updated>").matcher(xml);
        while (updated.find()) {
            assertThat(OffsetDateTime.parse(updated.group(1))).as("an RFC 3339 date").isNotNull();
        }
        assertThat(xml).contains("Eau &amp; &lt;b&gt;assainissement&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void theResourcePageAnnouncesTheFeed() throws Exception {
        ResourceId id = library.published(member, LibraryTestData.caseStudy(network, "Annoncé"), Instant.now());

        mvc.perform(get("/library/resources/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/library/feed.atom\"")));
    }

    private static Optional<Entry> entry(Feed feed, ResourceId id) {
        return feed.getEntries().stream()
                .filter(entry -> entry.getId().equals("http://localhost:8080/library/resources/" + id)).findFirst();
    }
}
