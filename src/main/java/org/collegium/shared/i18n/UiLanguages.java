package org.collegium.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface itself is written in. People's content may be in many more (see {@link ContentLanguages}).
 */
public final class UiLanguages {

    public static final Locale DEFAULT = Locale.ENGLISH;

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"));

    private UiLanguages() {
    }

    public static Optional<Locale> supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.trim()).getLanguage();
        return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    public static Optional<Locale> supported(Locale locale) {
        return locale == null ? Optional.empty() : supported(locale.toLanguageTag());
    }
}
