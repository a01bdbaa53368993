package org.collegium.shared.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A text that people wrote, in its original language and any number of translations.
 * It is read through a fallback chain: the language asked for, the original language, English, then any readable one.
 */
public record TranslatedText(String originalLanguage, Map<String, Translation> translations) {

    public TranslatedText {
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        translations = Map.copyOf(translations);
    }

    public static TranslatedText original(String language, String text) {
        return new TranslatedText(language, Map.of(language, Translation.original(text)));
    }

    public TranslatedText with(String language, Translation translation) {
        Map<String, Translation> copy = new LinkedHashMap<>(translations);
        copy.put(language, translation);
        return new TranslatedText(originalLanguage, copy);
    }

    public LocalizedText in(Locale requested) {
        String asked = requested == null ? "" : requested.getLanguage();
        return Stream.concat(Stream.of(asked, originalLanguage, "en"), translations.keySet().stream().sorted())
                .distinct()
                .flatMap(language -> readable(language).stream()
                        .map(text -> new LocalizedText(text, language, !language.equals(asked))))
                .findFirst()
                .orElse(LocalizedText.NONE);
    }

    public Optional<String> readable(String language) {
        Translation translation = translations.get(language);
        return translation != null && translation.isReadable() ? Optional.of(translation.text()) : Optional.empty();
    }

    public List<String> readableLanguages() {
        return translations.keySet().stream().filter(language -> readable(language).isPresent()).sorted().toList();
    }
}
