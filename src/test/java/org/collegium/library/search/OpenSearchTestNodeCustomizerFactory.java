package org.collegium.library.search;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the OpenSearch tier ({@code -Dcollegium.test.search.backend=opensearch}, failsafe execution
 * {@code integration-opensearch}) the one application context of the integration tests searches a real OpenSearch
 * node instead of the embedded Lucene index. In every other run it changes nothing.
 */
class OpenSearchTestNodeCustomizerFactory implements ContextCustomizerFactory {

    static final String BACKEND = "collegium.test.search.backend";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return "opensearch".equals(System.getProperty(BACKEND)) ? new OpenSearchBackend() : null;
    }

    private record OpenSearchBackend() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("opensearch-test-node",
                    Map.of("collegium.search.backend", "opensearch",
                            "collegium.search.opensearch.uris", OpenSearchTestNode.uri())));
        }
    }
}
