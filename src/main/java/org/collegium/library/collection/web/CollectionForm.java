package org.collegium.library.collection.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.collegium.library.collection.CollectionTexts;

/** The texts of a collection as its form has them: a title and a description in each interface language. */
record CollectionForm(String originalLanguage, String titleEn, String descriptionEn, String titleFr,
        String descriptionFr, String titleEs, String descriptionEs) {

    static CollectionForm empty(String language) {
        return new CollectionForm(language, "", "", "", "", "", "");
    }

    static CollectionForm of(CollectionTexts texts) {
        Map<String, CollectionTexts.Text> t = texts.texts();
        return new CollectionForm(texts.originalLanguage(), title(t, "en"), description(t, "en"), title(t, "fr"),
                description(t, "fr"), title(t, "es"), description(t, "es"));
    }

    /** The languages with something written; a description without a title is kept, for the title's refusal. */
    CollectionTexts texts() {
        Map<String, CollectionTexts.Text> texts = new LinkedHashMap<>();
        put(texts, "en", titleEn, descriptionEn);
        put(texts, "fr", titleFr, descriptionFr);
        put(texts, "es", titleEs, descriptionEs);
        return new CollectionTexts(originalLanguage, texts);
    }

    /** The form field a refusal names ("title.fr" is titleFr). */
    static String field(String refused) {
        if (refused == null || !refused.contains(".")) {
            return refused;
        }
        String[] parts = refused.split("\\.", 2);
        return parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
    }

    private static void put(Map<String, CollectionTexts.Text> texts, String language, String title,
            String description) {
        if (!isBlank(title) || !isBlank(description)) {
            texts.put(language, new CollectionTexts.Text(title == null ? "" : title, description));
        }
    }

    private static String title(Map<String, CollectionTexts.Text> texts, String language) {
        return texts.containsKey(language) ? texts.get(language).title() : "";
    }

    private static String description(Map<String, CollectionTexts.Text> texts, String language) {
        return texts.containsKey(language) ? texts.get(language).description() : "";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
