package org.collegium.library.search;

import java.util.List;

/**
 * The fields of a resource's search document, written by {@link ResourceBridge}. Texts go to one field per language
 * group ({@code title_fr}, {@code abstract_en}, {@code sections_other}…), each analysed by its language's analyzer;
 * facets to keyword fields ({@link Facet#field()}).
 */
final class ResourceDocument {

    static final String STATUS = "status";
    static final String ISSUED = "issued";
    static final String TITLE_PREFIXES = "title_prefixes";
    static final String TITLE_SORT = "title_sort";

    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String SECTIONS = "sections";
    static final String FILES = "files";

    /** The language groups of text fields: English, French, Spanish, and every other language together. */
    static final List<String> GROUPS = List.of("en", "fr", "es", "other");

    private ResourceDocument() {
    }

    static String field(String text, String group) {
        return text + "_" + group;
    }

    /** The group of a language code: its own for English, French and Spanish, {@code other} for the rest. */
    static String groupOf(String language) {
        String code = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        return Analyzers.LANGUAGES.contains(code) ? code : "other";
    }

    static String analyzerOf(String group) {
        return "other".equals(group) ? Analyzers.FOLDING : Analyzers.of(group);
    }

    /** Every full-text field with its weight: a word in the title counts more than one deep in a file. */
    static java.util.Map<String, Float> textFields() {
        var fields = new java.util.LinkedHashMap<String, Float>();
        for (String group : GROUPS) {
            fields.put(field(TITLE, group), 4f);
            fields.put(field(ABSTRACT, group), 2f);
            fields.put(field(SECTIONS, group), 1f);
            fields.put(field(FILES, group), 0.5f);
        }
        return fields;
    }
}
