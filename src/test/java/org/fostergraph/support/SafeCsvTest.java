package org.fostergraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection rule, cell by cell (issue 21, finding 7). */
class SafeCsvTest {

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SafeCsv.cell("=HYPERLINK(\"http://example.org\",\"Open\")")).isEqualTo("'=HYPERLINK(\"http://example.org\",\"Open\")");
        assertThat(SafeCsv.cell("+44 121 000 0000")).isEqualTo("'+44 121 000 0000");
        assertThat(SafeCsv.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SafeCsv.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SafeCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SafeCsv.cell("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void numbersDatesAndOrdinaryTextAreWrittenAsTheyAre() {
        assertThat(SafeCsv.cell(-3)).isEqualTo(-3);
        assertThat(SafeCsv.cell(-1250.5)).isEqualTo(-1250.5);
        assertThat(SafeCsv.cell("-3")).isEqualTo("-3");
        assertThat(SafeCsv.cell("-1250.50")).isEqualTo("-1250.50");
        assertThat(SafeCsv.cell("c")).isEqualTo("c");
        assertThat(SafeCsv.cell("Bloxwich")).isEqualTo("Bloxwich");
        assertThat(SafeCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(SafeCsv.cell("")).isEqualTo("");
        assertThat(SafeCsv.cell(null)).isNull();
        assertThat(SafeCsv.cell(LocalDate.of(2026, 10, 31))).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
