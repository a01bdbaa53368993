package org.collegium.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFileTests {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvFile.cell("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
        assertThat(CsvFile.cell("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvFile.cell("-2")).isEqualTo("'-2");
        assertThat(CsvFile.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvFile.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(CsvFile.cell("Plain, person")).isEqualTo("\"Plain, person\"");
        assertThat(CsvFile.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFile.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvFile.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void leavesOrdinaryTextAndEmptyCellsAlone() {
        assertThat(CsvFile.cell("Amélie Dupont")).isEqualTo("Amélie Dupont");
        assertThat(CsvFile.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvFile.cell("")).isEmpty();
        assertThat(CsvFile.cell(null)).isEmpty();
    }

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        String text = new CsvFile().row(java.util.List.of("name", "score")).row(java.util.Arrays.asList("Ana", null))
                .text();
        assertThat(text).isEqualTo("\uFEFFname,score\r\nAna,\r\n");
    }
}
