package org.collegium.library.search;

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
 */
@ConfigurationProperties("collegium.search")
record SearchSettings(@DefaultValue("lucene") Backend backend, @DefaultValue Lucene lucene,
        @DefaultValue OpenSearch opensearch, @DefaultValue("write-sync") String synchronization) {

    enum Backend {
        LUCENE, OPENSEARCH
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
