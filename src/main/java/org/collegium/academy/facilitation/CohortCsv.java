package org.collegium.academy.facilitation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cohort view as CSV for spreadsheets: UTF-8 with a byte order mark, headers in the viewer's language, times in
 * the viewer's zone, and every cell that a spreadsheet would run as a formula neutralised.
 */
@Component
public class CohortCsv {

    static final String BOM = "\uFEFF";
    private static final List<String> COLUMNS = List.of("name", "email", "organisation", "country", "status", "done",
            "required", "percent", "last-activity", "behind", "present");

    private final MessageSource messages;

    CohortCsv(MessageSource messages) {
        this.messages = messages;
    }

    public String write(CohortPage page, Locale language, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(line(COLUMNS.stream().map(column -> text("facilitation.csv." + column, language))));
        for (CohortRow row : page.rows()) {
            csv.append(line(Stream.of(row.name(), row.email(), row.organisation(), row.countryName(),
                    text("enrolment.status." + row.member().status().name(), language),
                    String.valueOf(row.member().done()), String.valueOf(row.required()), String.valueOf(row.percent()),
                    row.member().lastActivity() == null ? "" : format.format(row.member().lastActivity()) + " "
                            + zone.getId(),
                    text(row.behind() ? "facilitation.csv.yes" : "facilitation.csv.no", language),
                    String.valueOf(row.member().present()))));
        }
        return csv.toString();
    }

    private String line(Stream<String> cells) {
        return cells.map(CohortCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell: a leading = + - @ (or tab, carriage return) is prefixed with a quote; then quoted as RFC 4180 says. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private String text(String code, Locale language) {
        return messages.getMessage(code, null, language);
    }
}
