package org.collegium.library.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for the embedded Lucene backend; {@link OpenSearchAnalysis} mirrors them. Accents
 * are folded before stemming so that "évaluation" and "evaluation" give the same term.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    private static final String SNOWBALL_STOP_WORDS = "org/apache/lucene/analysis/snowball/";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(Analyzers.FRENCH).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop").param("words", SNOWBALL_STOP_WORDS + "french_stop.txt").param("format", "snowball")
                .tokenFilter("frenchLightStem");
        context.analyzer(Analyzers.SPANISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop").param("words", SNOWBALL_STOP_WORDS + "spanish_stop.txt").param("format", "snowball")
                .tokenFilter("spanishLightStem");
        context.analyzer(Analyzers.FOLDING).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(Analyzers.PREFIXES).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
        context.normalizer(Analyzers.SORTABLE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
