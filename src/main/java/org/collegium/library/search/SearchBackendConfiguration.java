package org.collegium.library.search;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@link SearchSettings} into Hibernate Search's properties, so that choosing the backend is one setting
 * ({@code collegium.search.backend=lucene|opensearch}) and everything else follows.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    @Bean
    HibernatePropertiesCustomizer searchBackendProperties(SearchSettings settings) {
        return properties -> properties.putAll(hibernateSearchProperties(settings));
    }

    static Map<String, Object> hibernateSearchProperties(SearchSettings settings) {
        var properties = new HashMap<String, Object>();
        // Waits as the settings say, and records failed indexing for a retry instead of failing the caller.
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "bean:" + IndexingRetries.BEAN);
        switch (settings.backend()) {
            case LUCENE -> {
                properties.put("hibernate.search.backend.type", "lucene");
                properties.put("hibernate.search.backend.directory.root", settings.lucene().directory());
                properties.put("hibernate.search.backend.analysis.configurer", "class:" + LuceneAnalysis.class.getName());
            }
            case OPENSEARCH -> {
                var opensearch = settings.opensearch();
                properties.put("hibernate.search.backend.type", "elasticsearch");
                properties.put("hibernate.search.backend.uris", String.join(",", opensearch.uris()));
                if (!opensearch.username().isBlank()) {
                    properties.put("hibernate.search.backend.username", opensearch.username());
                    properties.put("hibernate.search.backend.password", opensearch.password());
                }
                properties.put("hibernate.search.backend.analysis.configurer",
                        "class:" + OpenSearchAnalysis.class.getName());
            }
        }
        return properties;
    }
}
