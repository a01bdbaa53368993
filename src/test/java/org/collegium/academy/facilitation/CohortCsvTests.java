package org.collegium.academy.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortCsvTests {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(CohortCsv.cell("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
        assertThat(CohortCsv.cell("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CohortCsv.cell("-2")).isEqualTo("'-2");
        assertThat(CohortCsv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CohortCsv.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(CohortCsv.cell("Plain, person")).isEqualTo("\"Plain, person\"");
        assertThat(CohortCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CohortCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CohortCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void leavesOrdinaryTextAndEmptyCellsAlone() {
        assertThat(CohortCsv.cell("Amélie Dupont")).isEqualTo("Amélie Dupont");
        assertThat(CohortCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(CohortCsv.cell("")).isEmpty();
        assertThat(CohortCsv.cell(null)).isEmpty();
    }
}
