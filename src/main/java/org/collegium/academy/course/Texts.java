package org.collegium.academy.course;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.collegium.academy.CourseRefusal;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;

/**
 * Checks and writes the translated texts of courses, and makes their search keys: without accents, in lower case,
 * single-spaced, so that "Planificación" and "planificacion" find the same course in every database.
 */
final class Texts {

    private Texts() {
    }

    static String language(String field, String language) {
        if (!ContentLanguages.isKnown(language)) {
            throw new CourseRefusal(field, "course.language.unknown");
        }
        return language;
    }

    /**
     * Writes one language's version: the original language's text is the original, others carry the given status.
     * A blank text removes a translation but never the original.
     */
    static void write(Map<String, Translation> texts, String originalLanguage, String language, String text,
            TranslationStatus status, String field, int maxLength) {
        language(field + "Language", language);
        String value = text == null ? "" : text.strip();
        boolean original = language.equals(originalLanguage);
        if (value.isEmpty()) {
            if (original) {
                throw new CourseRefusal(field, "course." + field + ".required");
            }
            texts.remove(language);
            return;
        }
        if (value.length() > maxLength) {
            throw new CourseRefusal(field, "course.text.too-long", maxLength);
        }
        TranslationStatus effective = original ? TranslationStatus.ORIGINAL
                : status == null || status == TranslationStatus.ORIGINAL ? TranslationStatus.TRANSLATED : status;
        texts.put(language, new Translation(value, effective));
    }

    static String key(int maxLength, Collection<String> parts) {
        String joined = parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" "));
        String key = normalise(joined);
        return key.length() > maxLength ? key.substring(0, maxLength) : key;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('ı', 'i')
                .replace("ß", "ss")
                .replace('đ', 'd').replace('Đ', 'd')
                .replace('ł', 'l').replace('Ł', 'l')
                .replace('ø', 'o').replace('Ø', 'o')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\s]+", " ")
                .strip();
    }

    /** LIKE patterns that find each word of the query anywhere, with the pattern's own wildcards escaped. */
    static java.util.List<String> wordPatterns(String query) {
        return Arrays.stream(normalise(query).split(" "))
                .filter(word -> !word.isBlank())
                .limit(8)
                .map(word -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
