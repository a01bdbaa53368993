package org.collegium.library.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is kept of a document's text: no NUL character, no runs of blank lines, never more than the cap. */
class TextExtractionTests {

    @Test
    void dropsNulCharactersThatPostgresqlRefusesAndBlankRuns() {
        assertThat(TextExtraction.clean("Lessons\u0000 learned  \n\n\n\n\nResults\n", 100))
                .isEqualTo("Lessons learned\n\nResults");
    }

    @Test
    void keepsNoMoreThanTheCap() {
        assertThat(TextExtraction.clean("a".repeat(50), 20)).hasSize(20);
    }
}
