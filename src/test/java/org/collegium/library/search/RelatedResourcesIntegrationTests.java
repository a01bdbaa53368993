package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Related resources on the real index (Lucene in the H2 and PostgreSQL tiers, OpenSearch in its own): the order,
 * published resources only, the limit, never the resource itself. The resource whose relations are asked for has a
 * title made of made-up words, a theme, a goal and a country that the demo and the other tests do not use, so that
 * only this test's resources share them; what a test published is withdrawn when it ends, so that the next run on a
 * kept database starts from the same ranking.
 */
@CollegiumIntegrationTest
class RelatedResourcesIntegrationTests {

    private static final ExpertiseTopic THEME = ExpertiseTopic.ECOTOURISM;
    private static final ExpertiseTopic OTHER_THEME = ExpertiseTopic.HUMAN_RESOURCES;
    private static final int GOAL = 14;
    private static final String COUNTRY = "BT";

    private final LibrarySearch search;
    private final Resources resources;
    private final Editorial editorial;
    private final LibraryTestData data;

    private OrganisationSummary network;
    private AccountId member;
    private Publication publication;
    private String words;
    private final List<ResourceId> published = new ArrayList<>();

    @Autowired
    RelatedResourcesIntegrationTests(LibrarySearch search, Resources resources, Editorial editorial,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.search = search;
        this.resources = resources;
        this.editorial = editorial;
        this.data = new LibraryTestData(accounts, roles, editing, users);
    }

    @BeforeEach
    void aNetworkAMemberAnEditorAndWordsOfTheirOwn() {
        network = data.network("ALGA");
        member = data.idOf(data.member());
        publication = new Publication(editorial, member, data.idOf(data.editorOf(network)));
        words = marker() + " " + marker();
    }

    @AfterEach
    void withdrawWhatWasPublished() {
        published.forEach(publication::withdraw);
    }

    @Test
    void theResourceSharingTheMostComesFirstAndOneSharingNothingIsNotRelated() {
        ResourceId source = published(resource(words, COUNTRY, THEME, GOAL));
        ResourceId unrelated = published(resource(marker() + " Quito", "EC", OTHER_THEME, 5));
        ResourceId goalOnly = published(resource(marker() + " Lima", "PE", OTHER_THEME, GOAL));
        ResourceId best = published(resource(words + " Thimphou", COUNTRY, THEME, GOAL));

        List<ResourceId> related = ids(search.related(source, Locale.FRENCH, 20));

        assertThat(related).as("the one sharing country, theme, goal and title words first").startsWith(best);
        assertThat(related).as("the one sharing only the goal is related, after the best")
                .contains(goalOnly);
        assertThat(related.indexOf(best)).isLessThan(related.indexOf(goalOnly));
        assertThat(related).as("one sharing nothing is not related at all").doesNotContain(unrelated);
        assertThat(related).as("never the resource itself").doesNotContain(source);
    }

    @Test
    void aSharedCountryAloneMakesAResourceRelated() {
        ResourceId source = published(resource(words, COUNTRY, THEME, GOAL));
        ResourceId countryOnly = published(resource(marker() + " Paro", COUNTRY, OTHER_THEME, 5));

        assertThat(ids(search.related(source, Locale.FRENCH, 20))).contains(countryOnly);
    }

    @Test
    void aWithdrawnResourceIsNeverRelated() {
        ResourceId source = published(resource(words, COUNTRY, THEME, GOAL));
        ResourceId twin = published(resource(words + " Thimphou", COUNTRY, THEME, GOAL));
        assertThat(ids(search.related(source, Locale.FRENCH, 20))).as("related while published").startsWith(twin);

        withdraw(twin);

        assertThat(ids(search.related(source, Locale.FRENCH, 20))).doesNotContain(twin);
    }

    @Test
    void noMoreThanTheLimitAreGivenTheBestFirst() {
        ResourceId source = published(resource(words, COUNTRY, THEME, GOAL));
        ResourceId best = published(resource(words + " Thimphou", COUNTRY, THEME, GOAL));
        ResourceId second = published(resource(words + " Paro", "NP", THEME, 5));
        ResourceId third = published(resource(words + " Punakha", "NP", OTHER_THEME, 5));
        assertThat(ids(search.related(source, Locale.FRENCH, 20))).as("three to choose from")
                .contains(best, second, third);

        assertThat(ids(search.related(source, Locale.FRENCH, 1))).containsExactly(best);
        assertThat(ids(search.related(source, Locale.FRENCH, 2))).hasSize(2).startsWith(best)
                .doesNotContain(source);
    }

    @Test
    void aResourceThatIsNotPublishedHasNoRelatedOnes() {
        ResourceId twin = published(resource(words + " Thimphou", COUNTRY, THEME, GOAL));
        ResourceId draft = resource(words, COUNTRY, THEME, GOAL);
        ResourceId withdrawn = published(resource(words + " Paro", COUNTRY, THEME, GOAL));
        assertThat(ids(search.related(withdrawn, Locale.FRENCH, 20))).contains(twin);

        withdraw(withdrawn);

        assertThat(search.related(draft, Locale.FRENCH, 20)).isEmpty();
        assertThat(search.related(withdrawn, Locale.FRENCH, 20)).isEmpty();
    }

    private ResourceId published(ResourceId id) {
        publication.publish(id);
        published.add(id);
        return id;
    }

    private void withdraw(ResourceId id) {
        publication.withdraw(id);
        published.remove(id);
    }

    /** A French guide with one country, one theme and one goal, no target and no Sendai priority. */
    private ResourceId resource(String title, String country, ExpertiseTopic theme, int goal) {
        ResourceDraft example = LibraryTestData.caseStudy(network, title);
        ResourceDraft draft = new ResourceDraft(ResourceKind.GUIDE, network.id(), "fr",
                Map.of("fr", LanguageVersion.of(title, "Résumé.")), example.creators(), "UCLG Africa",
                LocalDate.of(2023, 5, 16), Set.of("fr"), Set.of(country), Set.of(Region.ASIA_PACIFIC), Set.of(theme),
                Set.of(goal), Set.of(), Set.of(), Set.of(), example.licence(), null, List.of(), example.contact());
        return resources.draft(member, draft);
    }

    private static List<ResourceId> ids(List<RelatedResource> related) {
        return related.stream().map(RelatedResource::id).toList();
    }

    /** A word no dictionary has and no stemmer changes, unique to one test. */
    private static String marker() {
        String consonants = "bcdfgjkmpqvwxz";
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
        }
        return word.toString();
    }
}
