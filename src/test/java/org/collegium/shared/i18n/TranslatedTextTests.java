package org.collegium.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TranslatedTextTests {

    private final TranslatedText course = new TranslatedText("en", Map.of(
            "en", Translation.original("Municipal finance"),
            "fr", new Translation("Finances municipales", TranslationStatus.REVIEWED),
            "mn", new Translation("", TranslationStatus.TO_TRANSLATE)));

    @Test
    void showsTheRequestedLanguageWithoutAFallbackNote() {
        assertThat(course.in(Locale.FRENCH)).isEqualTo(new LocalizedText("Finances municipales", "fr", false));
    }

    @Test
    void fallsBackToTheOriginalWhenTheTranslationIsNotReady() {
        assertThat(course.in(Locale.of("mn"))).isEqualTo(new LocalizedText("Municipal finance", "en", true));
    }

    @Test
    void fallsBackToTheOriginalLanguageBeforeEnglish() {
        TranslatedText mongolian = new TranslatedText("mn", Map.of(
                "mn", Translation.original("Хөрөнгө оруулалтын төлөвлөлт"),
                "en", new Translation("Investment planning", TranslationStatus.TRANSLATED)));
        assertThat(mongolian.in(Locale.of("es"))).isEqualTo(new LocalizedText("Хөрөнгө оруулалтын төлөвлөлт", "mn", true));
    }

    @Test
    void fallsBackToEnglishThenToAnyReadableLanguage() {
        TranslatedText lost = new TranslatedText("sq", Map.of(
                "sq", new Translation(" ", TranslationStatus.ORIGINAL),
                "fr", new Translation("Gestion de l’eau", TranslationStatus.TRANSLATED)));
        assertThat(lost.in(Locale.of("es"))).isEqualTo(new LocalizedText("Gestion de l’eau", "fr", true));
        assertThat(lost.with("en", new Translation("Water management", TranslationStatus.TRANSLATED)).in(Locale.of("es")))
                .isEqualTo(new LocalizedText("Water management", "en", true));
    }

    @Test
    void isEmptyWhenNothingIsReadable() {
        TranslatedText nothing = new TranslatedText("en", Map.of("en", new Translation("", TranslationStatus.TO_TRANSLATE)));
        assertThat(nothing.in(Locale.ENGLISH).isEmpty()).isTrue();
        assertThat(nothing.readableLanguages()).isEmpty();
        assertThat(course.readableLanguages()).containsExactly("en", "fr");
    }
}
