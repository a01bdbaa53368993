package org.collegium.library.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The library as most visitors first see it: the search with no words and no facet chosen, whose facets are counted
 * over every published resource. Its results are kept in memory per language shown, order, page and size, so that
 * repeated visits do not count them again; searches with words or filters are never kept.
 * <p>
 * Kept results are used only while the index is as it was when they were made: every indexing that ends on this
 * node and every rebuild starts a new generation ({@link #indexChanged()}), and results of an older generation are
 * made again. Another node may change a shared OpenSearch index without this node knowing, so results are also
 * kept no longer than {@code collegium.search.unfiltered-cache-ttl} (zero keeps none). When the index is not
 * refreshed as changes are written (OpenSearch without {@code sync}), a change becomes searchable up to a second
 * later: results made in the {@link #SETTLING} time after a change are not kept.
 */
@Component
class BrowseCache {

    /** At most this many results kept, the least recently used going first. */
    static final int CAPACITY = 64;
    /** How long a change may take to become searchable when the index is not refreshed as it is written. */
    static final Duration SETTLING = Duration.ofSeconds(2);

    private final Duration ttl;
    private final Duration settling;
    private final Clock clock;
    private final AtomicReference<Generation> generation;
    private final AtomicLong hits = new AtomicLong();
    private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    BrowseCache(SearchSettings settings, Clock clock) {
        this.ttl = settings.unfilteredCacheTtl() == null ? Duration.ZERO : settings.unfilteredCacheTtl();
        this.settling = settings.backend() == SearchSettings.Backend.OPENSEARCH && !settings.refreshesOnWrite()
                ? SETTLING : Duration.ZERO;
        this.clock = clock;
        this.generation = new AtomicReference<>(new Generation(0, clock.instant()));
    }

    /** The search with no words and no facet chosen. */
    static boolean applies(SearchQuery query) {
        return query.text().isBlank() && query.filters().isEmpty();
    }

    /**
     * The results of a search: those kept if the search has no words and no filter and they are still current,
     * otherwise those of the search itself, kept when it has no words and no filter.
     */
    SearchResults results(SearchQuery query, Function<SearchQuery, SearchResults> search) {
        if (!applies(query) || !ttl.isPositive()) {
            return search.apply(query);
        }
        Key key = Key.of(query);
        Generation current = generation.get();
        Instant now = clock.instant();
        Kept found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.generation() == current.number() && now.isBefore(found.madeAt().plus(ttl))) {
            hits.incrementAndGet();
            return found.results().answering(query);
        }
        SearchResults results = search.apply(query);
        if (results.problem().isEmpty() && !now.isBefore(current.changedAt().plus(settling))) {
            synchronized (kept) {
                kept.put(key, new Kept(results, current.number(), now));
            }
        }
        return results;
    }

    /** The index may have changed: nothing kept so far is used again. */
    void indexChanged() {
        Instant now = clock.instant();
        generation.updateAndGet(previous -> new Generation(previous.number() + 1, now));
        synchronized (kept) {
            kept.clear();
        }
    }

    /** How many searches were answered with kept results since the start. */
    long hits() {
        return hits.get();
    }

    private record Generation(long number, Instant changedAt) {
    }

    private record Key(String language, SearchSort sort, int page, int size) {

        static Key of(SearchQuery query) {
            return new Key(LibrarySearch.language(query.locale()), query.sort(), query.page(), query.size());
        }
    }

    private record Kept(SearchResults results, long generation, Instant madeAt) {
    }
}
