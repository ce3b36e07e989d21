package org.fostergraph.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as an Excel workbook (Apache POI): a first sheet saying what the report is and how small numbers are
 * hidden, then one sheet per table. Numbers are numbers (a count written "12" in the API is the number 12; money is
 * formatted in pounds, shares as percentages), dates are dates, and a hidden count stays the text {@code c}. Text
 * cells are stored as text, which Excel never runs as a formula.
 */
public final class XlsxDownload {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");

    private XlsxDownload() {
    }

    /** {@code day}: the report's day, which the file gives as its date, so the same report is the same file byte for byte. */
    public static ResponseEntity<byte[]> of(String fileName, LocalDate day, String title, List<String> about, List<ReportTable> tables) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(workbook(day, title, about, tables));
    }

    static byte[] workbook(LocalDate day, String title, List<String> about, List<ReportTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Date made = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(made));
            workbook.getProperties().getCoreProperties().setTitle(title);
            Styles styles = new Styles(workbook);
            Sheet cover = workbook.createSheet("About");
            Cell heading = cover.createRow(0).createCell(0);
            heading.setCellValue(title);
            heading.setCellStyle(styles.heading);
            for (int i = 0; i < about.size(); i++) {
                cover.createRow(i + 2).createCell(0).setCellValue(about.get(i));
            }
            cover.setColumnWidth(0, 120 * 256);
            Set<String> names = new HashSet<>();
            for (ReportTable table : tables) {
                write(workbook.createSheet(sheetName(table.title(), names)), table, styles);
            }
            workbook.write(out);
            return withEntriesDated(out.toByteArray(), made.getTime());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip with every entry dated {@code time}: POI dates them "now", which would make each download differ. */
    private static byte[] withEntriesDated(byte[] zip, long time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTime(time);
                rezipped.putNextEntry(dated);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void write(Sheet sheet, ReportTable table, Styles styles) {
        Row header = sheet.createRow(0);
        int[] widths = new int[table.header().size()];
        for (int column = 0; column < table.header().size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(table.header().get(column));
            cell.setCellStyle(styles.header);
            widths[column] = table.header().get(column).length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int column = 0; column < values.size(); column++) {
                String name = column < table.header().size() ? table.header().get(column) : "";
                Cell cell = row.createCell(column);
                int shown = set(cell, values.get(column), name, styles);
                if (column < widths.length) {
                    widths[column] = Math.max(widths[column], shown);
                }
            }
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, Math.min(60, widths[column] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes the value into the cell as its kind; answers about how many characters it shows, for the column width. */
    private static int set(Cell cell, Object value, String column, Styles styles) {
        if (value == null || "".equals(value)) {
            cell.setBlank();
            return 0;
        }
        if (value instanceof String text && WHOLE_NUMBER.matcher(text).matches()) {
            value = Long.parseLong(text);
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.forNumber(column, number));
            return 12;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 16;
        }
        String text = String.valueOf(value);
        cell.setCellValue(text);
        return text.length();
    }

    private static String sheetName(String title, Set<String> taken) {
        String name = WorkbookUtil.createSafeSheetName(title.length() > 31 ? title.substring(0, 31) : title);
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name.substring(0, Math.min(name.length(), 28)) + " " + n;
        }
        return unique;
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000. */
    private static final class Styles {

        final CellStyle heading;
        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle pounds;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 16);
            heading = workbook.createCellStyle();
            heading.setFont(large);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            var formats = workbook.createDataFormat();
            whole = style(workbook, formats.getFormat("#,##0"));
            decimal = style(workbook, formats.getFormat("#,##0.0"));
            pounds = style(workbook, formats.getFormat("£#,##0"));
            percent = style(workbook, formats.getFormat("0.0%"));
            date = style(workbook, formats.getFormat("d mmmm yyyy"));
        }

        private static CellStyle style(XSSFWorkbook workbook, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            return style;
        }

        /** Money by its column's name (cost, saving), shares and rates as percentages, counts whole. */
        CellStyle forNumber(String column, Number number) {
            if (column.contains("cost") || column.contains("saving")) {
                return pounds;
            }
            if (column.contains("share") || column.endsWith("rate")) {
                return percent;
            }
            return number instanceof Double || number instanceof Float ? decimal : whole;
        }
    }
}
