package org.collegium.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionsTests {

    @Test
    void givesAnAsciiNameAndTheExactNameEncoded() {
        assertThat(ContentDispositions.of(true, "Économie locale 2026.pdf")).isEqualTo(
                "attachment; filename=\"Economie locale 2026.pdf\"; filename*=UTF-8''%C3%89conomie%20locale%202026.pdf");
        assertThat(ContentDispositions.of(false, "Улан.mp4"))
                .startsWith("inline; filename=\"____.mp4\"; filename*=UTF-8''%D0%A3%D0%BB%D0%B0%D0%BD.mp4");
    }

    @Test
    void nothingInTheNameCanEndTheParameter() {
        String header = ContentDispositions.of(true, "a\";b=c%\\.pdf");
        assertThat(header).isEqualTo("attachment; filename=\"a_;b=c__.pdf\"; filename*=UTF-8''a%22%3Bb%3Dc%25%5C.pdf");
    }
}
