package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcademySlugTests {

    @ParameterizedTest
    @ValueSource(strings = {"nalas", "darkhan-uul", "uclg", "a1", "alga-2026", "abcdefghijklmnopqrstuvwxyz0123456789abcd"})
    void acceptsLowercaseLettersDigitsAndInnerHyphens(String slug) {
        assertThat(new AcademySlug(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "NALAS", "nalas academy", "-nalas", "nalas-", "na--las", "académie", "nalas_1",
            "../etc", "abcdefghijklmnopqrstuvwxyz0123456789abcde"})
    void refusesAnythingElse(String slug) {
        assertThatThrownBy(() -> new AcademySlug(slug)).isInstanceOfSatisfying(AcademyRefusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("slug");
            assertThat(refusal.code()).isEqualTo("academy.slug.invalid");
        });
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new AcademySlug(null)).isInstanceOf(AcademyRefusal.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "admin", "manage", "api"})
    void refusesTheWordsTheSiteUses(String slug) {
        assertThatThrownBy(() -> new AcademySlug(slug)).isInstanceOfSatisfying(AcademyRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("academy.slug.reserved"));
    }
}
