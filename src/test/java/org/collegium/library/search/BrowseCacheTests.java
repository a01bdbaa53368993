package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.collegium.shared.time.MovableClock;
import org.junit.jupiter.api.Test;

/** When kept results of the unfiltered search are used, made again or not kept at all. */
class BrowseCacheTests {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final SearchQuery UNFILTERED = SearchQuery.of("", Locale.FRENCH);

    private final MovableClock clock = new MovableClock(START);
    private final AtomicInteger searches = new AtomicInteger();

    @Test
    void keptResultsAreUsedUntilTheirTimeIsUp() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));
        SearchResults first = cache.results(UNFILTERED, this::search);

        clock.sinceStart(Duration.ofSeconds(59));
        assertThat(cache.results(UNFILTERED, this::search)).isEqualTo(first);
        assertThat(searches).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);

        clock.sinceStart(Duration.ofSeconds(60));
        cache.results(UNFILTERED, this::search);
        assertThat(searches).hasValue(2);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void aChangeOfTheIndexMakesThemAgain() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));
        cache.results(UNFILTERED, this::search);

        cache.indexChanged();
        cache.results(UNFILTERED, this::search);
        cache.results(UNFILTERED, this::search);

        assertThat(searches).hasValue(2);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void resultsMadeWhileTheIndexChangesAreNotUsedAfterwards() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));

        cache.results(UNFILTERED, query -> {
            cache.indexChanged();
            return search(query);
        });
        cache.results(UNFILTERED, this::search);

        assertThat(searches).hasValue(2);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void aTimeOfZeroKeepsNothing() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ZERO);

        cache.results(UNFILTERED, this::search);
        cache.results(UNFILTERED, this::search);

        assertThat(searches).hasValue(2);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void searchesWithWordsOrFiltersAreNeverKept() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));
        SearchQuery words = SearchQuery.of("eau", Locale.FRENCH);
        SearchQuery filtered = UNFILTERED.with(Facet.COUNTRY, "BJ");

        for (int i = 0; i < 2; i++) {
            cache.results(words, this::search);
            cache.results(filtered, this::search);
        }

        assertThat(searches).hasValue(4);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void eachLanguageOrderPageAndSizeIsKeptApartAndAnotherLocaleOfTheSameLanguageShares() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));
        List<SearchQuery> queries = List.of(UNFILTERED, SearchQuery.of("", Locale.ENGLISH),
                UNFILTERED.sortedBy(SearchSort.DATE), UNFILTERED.page(1),
                new SearchQuery(SearchText.of(""), Map.of(), SearchSort.RELEVANCE, 0, 50, Locale.FRENCH));
        queries.forEach(query -> cache.results(query, this::search));
        assertThat(searches).hasValue(queries.size());

        SearchResults inFrance = cache.results(SearchQuery.of("", Locale.FRANCE), this::search);

        assertThat(searches).hasValue(queries.size());
        assertThat(inFrance.query().locale()).isEqualTo(Locale.FRANCE);
    }

    @Test
    void keepsABoundedNumberOfResults() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));
        for (int page = 0; page <= BrowseCache.CAPACITY; page++) {
            cache.results(UNFILTERED.page(page), this::search);
        }

        cache.results(UNFILTERED.page(0), this::search);

        assertThat(searches).hasValue(BrowseCache.CAPACITY + 2);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void onOpenSearchWithoutRefreshResultsMadeJustAfterAChangeAreNotKept() {
        BrowseCache cache = cache(SearchSettings.Backend.OPENSEARCH, "write-sync", Duration.ofSeconds(60));
        clock.sinceStart(BrowseCache.SETTLING);
        cache.indexChanged();

        clock.sinceStart(BrowseCache.SETTLING.plusMillis(BrowseCache.SETTLING.toMillis() - 1));
        cache.results(UNFILTERED, this::search);
        cache.results(UNFILTERED, this::search);
        assertThat(cache.hits()).isZero();

        clock.sinceStart(BrowseCache.SETTLING.multipliedBy(2));
        cache.results(UNFILTERED, this::search);
        cache.results(UNFILTERED, this::search);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(searches).hasValue(3);
    }

    @Test
    void refusedSearchesAreNotKept() {
        BrowseCache cache = cache(SearchSettings.Backend.LUCENE, "write-sync", Duration.ofSeconds(60));

        cache.results(UNFILTERED, query -> SearchResults.refused(query, "search.problem.invalid"));
        cache.results(UNFILTERED, this::search);

        assertThat(searches).hasValue(1);
        assertThat(cache.hits()).isZero();
    }

    private BrowseCache cache(SearchSettings.Backend backend, String synchronization, Duration ttl) {
        return new BrowseCache(new SearchSettings(backend, new SearchSettings.Lucene("target/index"),
                new SearchSettings.OpenSearch(List.of("http://localhost:9200"), "", ""), synchronization, ttl,
                SearchSettings.StartRebuild.BACKGROUND), clock);
    }

    private SearchResults search(SearchQuery query) {
        searches.incrementAndGet();
        return new SearchResults(query, List.of(), 42, Map.of(), Optional.empty());
    }
}
