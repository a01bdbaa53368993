package org.collegium.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows instants to people: in the viewer's time zone (resolved per request), always naming the zone.
 * Templates call it as {@code ${@times.format(instant)}}.
 */
@Component("times")
public class Times {

    public String format(Instant instant) {
        return format(instant, viewerZone());
    }

    public String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        return formatter.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        return formatter.format(instant.atZone(viewerZone()));
    }

    public String isoDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public ZoneId viewerZone() {
        TimeZone zone = LocaleContextHolder.getTimeZone();
        return zone == null ? ZoneId.of("UTC") : zone.toZoneId();
    }
}
