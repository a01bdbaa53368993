package org.collegium.academy.facilitation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.collegium.shared.web.CsvFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cohort view as CSV for spreadsheets ({@link CsvFile}): headers in the viewer's language, times in the viewer's
 * zone.
 */
@Component
public class CohortCsv {

    private static final List<String> COLUMNS = List.of("name", "email", "organisation", "country", "status", "done",
            "required", "percent", "last-activity", "behind", "present");

    private final MessageSource messages;

    CohortCsv(MessageSource messages) {
        this.messages = messages;
    }

    public CsvFile write(CohortPage page, Locale language, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        CsvFile csv = new CsvFile();
        csv.row(COLUMNS.stream().map(column -> text("facilitation.csv." + column, language)).toList());
        for (CohortRow row : page.rows()) {
            csv.row(Stream.of(row.name(), row.email(), row.organisation(), row.countryName(),
                    text("enrolment.status." + row.member().status().name(), language),
                    String.valueOf(row.member().done()), String.valueOf(row.required()), String.valueOf(row.percent()),
                    row.member().lastActivity() == null ? "" : format.format(row.member().lastActivity()) + " "
                            + zone.getId(),
                    text(row.behind() ? "facilitation.csv.yes" : "facilitation.csv.no", language),
                    String.valueOf(row.member().present())).toList());
        }
        return csv;
    }

    private String text(String code, Locale language) {
        return messages.getMessage(code, null, language);
    }
}
