package org.collegium.library.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for an OpenSearch (or Elasticsearch) cluster, filter for filter the same as
 * {@link LuceneAnalysis}: the cluster's built-in stop word lists are Lucene's, its {@code light_*} stemmers Lucene's
 * light stemmers.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("collegium_english_possessive", "lowercase", "asciifolding", "collegium_english_stop",
                        "collegium_english_stemmer");
        context.tokenFilter("collegium_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("collegium_english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("collegium_english_stemmer").type("stemmer").param("language", "porter");

        context.analyzer(Analyzers.FRENCH).custom()
                .tokenizer("standard")
                .tokenFilters("collegium_french_elision", "lowercase", "asciifolding", "collegium_french_stop",
                        "collegium_french_stemmer");
        context.tokenFilter("collegium_french_elision").type("elision")
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
                .param("articles_case", true);
        context.tokenFilter("collegium_french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("collegium_french_stemmer").type("stemmer").param("language", "light_french");

        context.analyzer(Analyzers.SPANISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "collegium_spanish_stop", "collegium_spanish_stemmer");
        context.tokenFilter("collegium_spanish_stop").type("stop").param("stopwords", "_spanish_");
        context.tokenFilter("collegium_spanish_stemmer").type("stemmer").param("language", "light_spanish");

        context.analyzer(Analyzers.FOLDING).custom()
                .tokenizer("standard")
                .tokenFilters("collegium_french_elision", "lowercase", "asciifolding");

        context.analyzer(Analyzers.PREFIXES).custom()
                .tokenizer("standard")
                .tokenFilters("collegium_french_elision", "lowercase", "asciifolding", "collegium_prefixes");
        context.tokenFilter("collegium_prefixes").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

        context.normalizer(Analyzers.SORTABLE).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
