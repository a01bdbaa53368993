package org.collegium.library.search;

import java.util.Locale;

/**
 * Names of the analyzers the search mapping uses. {@link LuceneAnalysis} and {@link OpenSearchAnalysis} define each
 * under the same name, so the mapping and the queries do not depend on the backend.
 */
public final class Analyzers {

    /** English text: possessives, stop words, Porter stemming, accents folded. */
    public static final String ENGLISH = "collegium_english";
    /** French text: elisions (l’, d’, qu’…), stop words, light stemming, accents folded. */
    public static final String FRENCH = "collegium_french";
    /** Spanish text: stop words, light stemming, accents folded. */
    public static final String SPANISH = "collegium_spanish";
    /** Any other language: elisions (l’, d’…) removed, words lower-cased with accents folded, no stemming. */
    public static final String FOLDING = "collegium_folding";
    /** Titles as typed so far: every prefix of every word (edge n-grams), at indexing time. */
    public static final String PREFIXES = "collegium_prefixes";
    /** Normalizer of sortable titles: lower case, accents folded. */
    public static final String SORTABLE = "collegium_sortable";

    /** The languages that have an analyzer of their own; text in any other goes to the folding analyzer. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "es");

    private Analyzers() {
    }

    /** The analyzer of a text written in the given language. */
    public static String of(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> FOLDING;
        };
    }
}
