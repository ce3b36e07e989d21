package org.fostergraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: numbers are numbers, a hidden count stays "c", dates are dates, text is text. */
class XlsxDownloadTest {

    private static final ReportTable MIX = new ReportTable("Placement mix", "mix.csv",
            List.of("as_of", "locality", "total", "internal_share", "weekly_cost"),
            List.of(List.of(LocalDate.of(2026, 11, 24), "Walsall South", "12", 0.25, 27488552.0),
                    List.of(LocalDate.of(2026, 11, 24), "=cmd|' /C calc'!A0", "c", "", 4100.5)));

    @Test
    void eachTableIsASheetOfTypedCells() throws IOException {
        byte[] file = XlsxDownload.workbook(LocalDate.of(2026, 11, 24), "The report", List.of("About it"), List.of(MIX, MIX));
        assertThat(XlsxDownload.workbook(LocalDate.of(2026, 11, 24), "The report", List.of("About it"), List.of(MIX, MIX)))
                .as("the same report is the same file").isEqualTo(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("About");
            assertThat(workbook.getSheetName(1)).isEqualTo("Placement mix");
            assertThat(workbook.getSheetName(2)).isEqualTo("Placement mix 2");
            Sheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("total");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.25);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(27488552.0);
            DataFormatter shown = new DataFormatter(java.util.Locale.UK);
            assertThat(shown.formatCellValue(first.getCell(3))).isEqualTo("25.0%");
            assertThat(shown.formatCellValue(first.getCell(4))).isEqualTo("£27,488,552");
            assertThat(shown.formatCellValue(first.getCell(0))).isEqualTo("24 November 2026");
            var second = sheet.getRow(2);
            assertThat(second.getCell(1).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("c");
            assertThat(second.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void csvNumbersAreNeverInENotation() {
        assertThat(SafeCsv.cell(27488552.0)).isEqualTo("27488552");
        assertThat(SafeCsv.cell(0.25)).isEqualTo(0.25);
        assertThat(SafeCsv.cell(-1250.5)).isEqualTo(-1250.5);
        assertThat(SafeCsv.cell(1.0E7)).isEqualTo("10000000");
        assertThat(SafeCsv.cell(1.0E-7)).isEqualTo("0.0000001");
        assertThat(SafeCsv.cell(12)).isEqualTo(12);
    }
}
