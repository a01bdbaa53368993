package org.collegium.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table exported for spreadsheets, the one way Collegium writes CSV: UTF-8 with a byte order mark (so that
 * spreadsheet programs read accents right), CRLF line ends, cells quoted as RFC 4180 says, and every cell that a
 * spreadsheet would run as a formula (one starting with = + - @, a tab or a carriage return) neutralised with a
 * leading apostrophe. It is served as an attachment.
 */
public final class CsvFile {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** Adds a row; a null cell is empty. */
    public CsvFile row(List<String> cells) {
        text.append(cells.stream().map(CsvFile::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    /** The file's text, byte order mark first. */
    public String text() {
        return text.toString();
    }

    /** The file as a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                        StandardCharsets.UTF_8).build().toString())
                .body(text().getBytes(StandardCharsets.UTF_8));
    }

    static String cell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
