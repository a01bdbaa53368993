package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Roles;
import org.collegium.library.CaseSection;
import org.collegium.library.LanguageVersion;
import org.collegium.library.LibraryTestData;
import org.collegium.library.Publication;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.library.resource.StoredUpload;
import org.collegium.library.search.SearchResults.FacetCount;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The library's search on the real index: Lucene on disk in the H2 and PostgreSQL tiers, a real OpenSearch node in
 * the OpenSearch tier. Each test marks its resources with a made-up word of its own, so that tests never see each
 * other's resources whatever the database holds.
 */
@CollegiumIntegrationTest
class LibrarySearchIntegrationTests {

    private final LibrarySearch search;
    private final Resources resources;
    private final LibraryTestData data;
    private final Editorial editorial;
    private Publication publication;
    private final IndexingRetries retries;
    private final IndexingRetryJob retryJob;
    private final RetryQueue retryQueue;
    private final EntityManager entityManager;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    private OrganisationSummary network;
    private AccountId member;
    private String marker;

    @Autowired
    LibrarySearchIntegrationTests(LibrarySearch search, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, Editorial editorial, EntityManager entityManager,
            PlatformTransactionManager transactions, IndexingRetries retries, IndexingRetryJob retryJob,
            RetryQueue retryQueue) {
        this.search = search;
        this.retries = retries;
        this.retryJob = retryJob;
        this.retryQueue = retryQueue;
        this.entityManager = entityManager;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.editorial = editorial;
    }

    @BeforeEach
    void aNetworkAMemberAndAWordOfTheirOwn() {
        network = data.network("ALGA");
        member = data.idOf(data.member());
        publication = new Publication(editorial, member, data.idOf(data.administrator()));
        marker = marker();
    }

    @Test
    void findsFrenchTextWithoutItsAccentsAndByOtherFormsOfItsWords() {
        ResourceId id = published(resource(ResourceKind.CASE_STUDY, "fr",
                "Évaluation de la coopération décentralisée " + marker, "Les évaluations menées à Dogbo.", "BJ"));

        assertThat(ids(search("evaluation " + marker))).containsExactly(id);
        assertThat(ids(search("cooperation decentralisee " + marker))).containsExactly(id);
        assertThat(ids(search("COOPÉRATIONS décentralisées " + marker))).as("plural, capitals").containsExactly(id);
        assertThat(ids(search("l’évaluation " + marker))).as("elision").containsExactly(id);
    }

    @Test
    void findsSpanishTextWithoutItsAccentsAndByOtherFormsOfItsWords() {
        ResourceId id = published(resource(ResourceKind.GOOD_PRACTICE, "es",
                "Gestión participativa de los residuos sólidos " + marker, "Presupuestos participativos.", "CO"));

        assertThat(ids(search("gestion residuo solido " + marker))).containsExactly(id);
        assertThat(ids(search("presupuesto participativo " + marker))).containsExactly(id);
    }

    @Test
    void findsEnglishTextByTheStemOfItsWords() {
        ResourceId id = published(resource(ResourceKind.GUIDE, "en",
                "Planning decentralised cooperation partnerships " + marker, "Municipalities planned together.", "MZ"));

        assertThat(ids(search("partnership plan " + marker))).containsExactly(id);
    }

    @Test
    void findsAWordThatAppearsOnlyInTheTextOfAnAttachedFile() {
        String fileWord = marker();
        ResourceId id = resource(ResourceKind.REPORT, "fr", "Rapport annuel " + marker, "Sans le mot.", "ML");
        resources.attach(member, id, new StoredUpload("stored-" + marker, "rapport.pdf", "application/pdf", 10,
                "Le rapport mentionne la " + fileWord + " de Kayes."));
        publication.publish(id);

        SearchResults results = search(fileWord);

        assertThat(ids(results)).containsExactly(id);
        assertThat(results.hits().getFirst().snippets()).anyMatch(snippet -> snippet.contains("<mark>" + fileWord));
    }

    @Test
    void countsEveryFacetAndKeepsTheOtherValuesOfAChosenFacetCounted() {
        published(resource(ResourceKind.CASE_STUDY, "fr", "Cas un " + marker, "Résumé.", "BJ"));
        published(resource(ResourceKind.CASE_STUDY, "fr", "Cas deux " + marker, "Résumé.", "BJ"));
        published(resource(ResourceKind.GUIDE, "fr", "Guide " + marker, "Résumé.", "ML"));

        SearchResults all = search(marker);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get(Facet.COUNTRY)).containsExactlyInAnyOrder(
                new FacetCount("BJ", 2, false), new FacetCount("ML", 1, false));
        assertThat(all.facets().get(Facet.KIND)).contains(new FacetCount("CASE_STUDY", 2, false),
                new FacetCount("GUIDE", 1, false));
        assertThat(all.facets().get(Facet.SDG)).contains(new FacetCount("11", 3, false));
        assertThat(all.facets().get(Facet.YEAR)).contains(new FacetCount("2023", 3, false));
        assertThat(all.facets().get(Facet.THEME)).contains(new FacetCount("DECENTRALISED_COOPERATION", 3, false));

        SearchResults inBenin = search.search(SearchQuery.of(marker, Locale.FRENCH).with(Facet.COUNTRY, "BJ"));
        assertThat(inBenin.total()).isEqualTo(2);
        assertThat(inBenin.facets().get(Facet.COUNTRY)).as("the other countries can still be added")
                .containsExactlyInAnyOrder(new FacetCount("BJ", 2, true), new FacetCount("ML", 1, false));
        assertThat(inBenin.facets().get(Facet.KIND)).containsExactly(new FacetCount("CASE_STUDY", 2, false));

        SearchResults both = search.search(SearchQuery.of(marker, Locale.FRENCH).with(Facet.COUNTRY, "BJ", "ML")
                .with(Facet.KIND, "GUIDE"));
        assertThat(both.total()).isEqualTo(1);
    }

    @Test
    void neverShowsADraftOrAWithdrawnResource() {
        resource(ResourceKind.CASE_STUDY, "fr", "Brouillon " + marker, "Pas encore publié.", "BJ");
        ResourceId withdrawn = published(resource(ResourceKind.CASE_STUDY, "fr", "Retiré " + marker, "Publié.", "BJ"));
        assertThat(ids(search(marker))).containsExactly(withdrawn);

        publication.withdraw(withdrawn);

        assertThat(search(marker).total()).isZero();
        assertThat(search.suggest("Retiré " + marker, Locale.FRENCH, 5)).isEmpty();
    }

    @Test
    void answersQuerySyntaxGarbageWithAMessageOrResultsNeverAnError() {
        published(resource(ResourceKind.CASE_STUDY, "fr", "Syntaxe " + marker, "Résumé.", "BJ"));

        assertThat(search("((( ||| --- \"\"\" *** ~~").problem()).contains("search.problem.no-words");
        for (String garbage : List.of("\"" + marker, marker + " (((", "+-" + marker, marker + "~~~~2",
                "a* b* c* d* e* " + marker, "\\" + marker + "\\", "OR AND NOT " + marker)) {
            SearchResults results = search(garbage);
            assertThat(results.problem().isPresent() || results.total() >= 0).as(garbage).isTrue();
        }
        assertThat(ids(search("\u0000" + marker + "\u0007\u202e"))).as("control characters are dropped").hasSize(1);
    }

    @Test
    void highlightsTheWordsFoundAndEscapesTheMarkupOfTheText() {
        published(resource(ResourceKind.GOOD_PRACTICE, "en", "Markup " + marker,
                "<script>alert('x')</script> The " + marker + " practice <b>works</b>.", "BJ"));

        List<String> snippets = search(marker).hits().getFirst().snippets();

        assertThat(snippets).isNotEmpty();
        assertThat(String.join(" ", snippets)).contains("<mark>" + marker + "</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
    }

    @Test
    void sortsByRelevanceOrByDateAndPages() {
        ResourceId older = published(resource(ResourceKind.REPORT, "en", marker + " " + marker + " report", marker,
                "BJ", LocalDate.of(2019, 1, 1)));
        ResourceId newer = published(resource(ResourceKind.REPORT, "en", "Another report", marker, "BJ",
                LocalDate.of(2024, 1, 1)));

        assertThat(ids(search(marker))).containsExactly(older, newer);
        SearchQuery byDate = SearchQuery.of(marker, Locale.ENGLISH).sortedBy(SearchSort.DATE);
        assertThat(ids(search.search(byDate))).containsExactly(newer, older);
        SearchResults secondPage = search.search(new SearchQuery(SearchText.of(marker), Map.of(), SearchSort.DATE, 1, 1,
                Locale.ENGLISH));
        assertThat(ids(secondPage)).containsExactly(older);
        assertThat(secondPage.totalPages()).isEqualTo(2);
    }

    @Test
    void suggestsPublishedTitlesAsOneTypes() {
        ResourceId id = published(resource(ResourceKind.GUIDE, "fr", "Guide " + marker + " d’assainissement",
                "Résumé.", "BJ"));

        assertThat(search.suggest(marker.substring(0, 6), Locale.FRENCH, 5)).extracting(Suggestion::id).contains(id);
        assertThat(search.suggest(marker + " assainis", Locale.FRENCH, 5)).extracting(Suggestion::id)
                .containsExactly(id);
    }

    @Test
    void relatedResourcesShareThemesGoalsOrWordsAndArePublished() {
        ResourceId one = published(resource(ResourceKind.CASE_STUDY, "fr", "Eau potable " + marker, "Résumé.", "BJ"));
        ResourceId two = published(resource(ResourceKind.GUIDE, "fr", "Eau potable à Kayes " + marker, "Résumé.",
                "ML"));
        resource(ResourceKind.GUIDE, "fr", "Brouillon de l’eau " + marker, "Résumé.", "ML");

        List<RelatedResource> related = search.related(one, Locale.FRENCH, 50);

        assertThat(related).extracting(RelatedResource::id).contains(two).doesNotContain(one);
        assertThat(related).as("a draft is never related")
                .noneMatch(resource -> resource.title().text().startsWith("Brouillon de l’eau " + marker));
    }

    @Test
    void aResourceWhoseIndexingFailedIsStillSavedAndIndexedByTheRetry() {
        ResourceId id = published(resource(ResourceKind.REPORT, "en", "Retried " + marker, "Saved anyway.", "BJ"));
        transaction.executeWithoutResult(status -> {
            Class<?> type = entityManager.getMetamodel().entity(ResourceDocument.ENTITY).getJavaType();
            org.hibernate.search.mapper.orm.Search.session(entityManager).indexingPlan().purge(type, id.value(), null);
        });
        assertThat(search(marker).total()).as("as if its indexing had failed").isZero();

        retries.handle(new org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport() {
            public java.util.Optional<Throwable> throwable() {
                return java.util.Optional.of(new IllegalStateException("the index is down"));
            }

            public List<? extends org.hibernate.search.engine.common.EntityReference> failingEntities() {
                return List.of(new org.hibernate.search.engine.common.EntityReference() {
                    public Class<?> type() {
                        return Object.class;
                    }

                    public String name() {
                        return ResourceDocument.ENTITY;
                    }

                    public Object id() {
                        return id.value();
                    }
                });
            }
        }, null);
        assertThat(retryQueue.contains(id)).isTrue();

        retryJob.retry();

        assertThat(ids(search(marker))).containsExactly(id);
        assertThat(retryQueue.contains(id)).isFalse();
    }

    private SearchResults search(String text) {
        return search.search(SearchQuery.of(text, Locale.FRENCH));
    }

    private static List<ResourceId> ids(SearchResults results) {
        assertThat(results.problem()).isEmpty();
        return results.hits().stream().map(SearchHit::id).toList();
    }

    private ResourceId published(ResourceId id) {
        publication.publish(id);
        return id;
    }

    private ResourceId resource(ResourceKind kind, String language, String title, String summary, String country) {
        return resource(kind, language, title, summary, country, LocalDate.of(2023, 5, 16));
    }

    private ResourceId resource(ResourceKind kind, String language, String title, String summary, String country,
            LocalDate issued) {
        ResourceDraft example = LibraryTestData.caseStudy(network, title);
        Map<CaseSection, String> sections = kind == ResourceKind.CASE_STUDY
                ? Map.of(CaseSection.CONTEXT, "Contexte de la commune.") : Map.of();
        ResourceDraft draft = new ResourceDraft(kind, network.id(), language,
                Map.of(language, new LanguageVersion(title, summary, sections)), example.creators(), "UCLG Africa",
                issued, Set.of(language), Set.of(country), Set.of(Region.AFRICA),
                Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION), Set.of(11), Set.of(), Set.of(), Set.of(),
                example.licence(), null, List.of(), example.contact());
        return resources.draft(member, draft);
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
