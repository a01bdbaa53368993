package org.collegium.library.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationFormatsTests {

    @Test
    void bibtexEscapesEveryCharacterTeXTreatsSpecially() {
        assertThat(Bibtex.escape("a\\b{c}d$e&f%g#h_i^j~k")).isEqualTo(
                "a\\textbackslash{}b\\{c\\}d\\$e\\&f\\%g\\#h\\_i\\textasciicircum{}j\\textasciitilde{}k");
        assertThat(Bibtex.escape("Ligne\nsuivante")).isEqualTo("Ligne suivante");
        assertThat(Bibtex.escape("Écrit à Niamey")).isEqualTo("Écrit à Niamey");
    }

    @Test
    void aRisValueNeverSpansLines() {
        assertThat(Ris.singleLine("Un\r\nER  - deux\u2028trois\tquatre")).isEqualTo("Un ER  - deux trois quatre");
    }
}
