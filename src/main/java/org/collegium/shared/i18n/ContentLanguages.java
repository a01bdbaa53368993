package org.collegium.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * Languages people write content in: the interface languages and those of the networks' members.
 * Codes are ISO 639-1.
 */
public final class ContentLanguages {

    public static final List<String> CODES = List.of(
            "en", "fr", "es", "pt", "ar", "mn", "mk", "sq", "sr", "bs", "hr", "sl", "bg", "ro", "el", "tr",
            "de", "nl", "it", "km", "sw", "ru", "zh");

    private ContentLanguages() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The language's own name, as its speakers write it. */
    public static String nativeName(String code) {
        Locale locale = Locale.of(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
