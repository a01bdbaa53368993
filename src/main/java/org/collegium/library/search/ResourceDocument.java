package org.collegium.library.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of a resource's search document, written by the resource package's index bridge and read by
 * {@link LibrarySearch}. Texts go to one field per language group ({@code title_fr}, {@code abstract_en},
 * {@code sections_other}…), each analysed by its language's analyzer; facets to keyword fields
 * ({@link Facet#field()}); titles are also stored per language code for result lists.
 */
public final class ResourceDocument {

    public static final String INDEX = "collegium-library-resources";
    /** The entity name of resources, to search them without reaching into the resource package. */
    static final String ENTITY = "Resource";

    public static final String STATUS = "status";
    public static final String KIND = "kind";
    public static final String ISSUED = "issued";
    public static final String EXAMPLE = "example";
    public static final String ORIGINAL_LANGUAGE = "original_language";
    /** The title in the original language; {@code display_title_<code>} in each language it is given in. */
    public static final String DISPLAY_TITLE = "display_title";
    public static final String TITLE_PREFIXES = "title_prefixes";
    public static final String TITLE_SORT = "title_sort";

    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    public static final String SECTIONS = "sections";
    public static final String FILES = "files";
    public static final List<String> TEXTS = List.of(TITLE, ABSTRACT, SECTIONS, FILES);

    /** The language groups of text fields: English, French, Spanish, and every other language together. */
    public static final List<String> GROUPS = List.of("en", "fr", "es", "other");

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private ResourceDocument() {
    }

    public static String field(String text, String group) {
        return text + "_" + group;
    }

    /** The group of a language code: its own for English, French and Spanish, {@code other} for the rest. */
    public static String groupOf(String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return Analyzers.LANGUAGES.contains(code) ? code : "other";
    }

    public static String analyzerOf(String group) {
        return "other".equals(group) ? Analyzers.FOLDING : Analyzers.of(group);
    }

    public static boolean isLanguageCode(String language) {
        return language != null && LANGUAGE_CODE.matcher(language).matches();
    }

    public static String displayTitle(String language) {
        return DISPLAY_TITLE + "_" + language;
    }

    /** Every full-text field with its weight: a word in the title counts more than one deep in a file. */
    static Map<String, Float> textFields() {
        var fields = new LinkedHashMap<String, Float>();
        for (String group : GROUPS) {
            fields.put(field(TITLE, group), 4f);
            fields.put(field(ABSTRACT, group), 2f);
            fields.put(field(SECTIONS, group), 1f);
            fields.put(field(FILES, group), 0.5f);
        }
        return fields;
    }
}
