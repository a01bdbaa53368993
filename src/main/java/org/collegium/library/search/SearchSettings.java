package org.collegium.library.search;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the library's search index lives ({@code collegium.search.*}): an embedded Lucene index on disk by default,
 * or an OpenSearch (or Elasticsearch) cluster. The mapping, analyzers and queries are the same on both.
 *
 * @param backend which backend holds the index
 * @param lucene the embedded index's settings
 * @param opensearch the cluster's settings
 * @param synchronization when a change becomes searchable: {@code write-sync} (default) waits until it is written,
 *        {@code sync} until it is searchable (tests), {@code async} does not wait
 * @param unfilteredCacheTtl how long the results of the search with no words and no facet chosen are kept at most
 *        ({@link BrowseCache}); zero keeps none
 * @param startRebuild what is done at start-up when the index is empty while published resources exist (a new node,
 *        a lost index directory, a first start on OpenSearch): rebuild it in the {@code background} (default), rebuild
 *        it and {@code wait} before serving (tests), or nothing ({@code off})
 */
@ConfigurationProperties("collegium.search")
record SearchSettings(@DefaultValue("lucene") Backend backend, @DefaultValue Lucene lucene,
        @DefaultValue OpenSearch opensearch, @DefaultValue("write-sync") String synchronization,
        @DefaultValue("60s") Duration unfilteredCacheTtl, @DefaultValue("background") StartRebuild startRebuild) {

    /** Whether the index is refreshed when a change is written, so that the change is searchable at once. */
    boolean refreshesOnWrite() {
        return "sync".equals(synchronization) || "read-sync".equals(synchronization);
    }

    enum Backend {
        LUCENE, OPENSEARCH
    }

    enum StartRebuild {
        OFF, BACKGROUND, WAIT
    }

    /** @param directory the index directory, one sub-directory per index */
    record Lucene(@DefaultValue("./data/index") String directory) {
    }

    /**
     * @param uris the cluster's addresses, such as {@code https://search.internal:9200}
     * @param username empty when the cluster needs no authentication
     * @param password the user's password
     */
    record OpenSearch(@DefaultValue("http://localhost:9200") List<String> uris, @DefaultValue("") String username,
            @DefaultValue("") String password) {
    }
}
