package org.collegium.library.oai;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The protocol's dates: a day ({@code YYYY-MM-DD}) or a second in UTC ({@code YYYY-MM-DDThh:mm:ssZ}). Harvests
 * select on {@code from} inclusive and {@code until} inclusive at the granularity given.
 */
final class OaiDates {

    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private OaiDates() {
    }

    /** A bound as given: its first instant and how long it lasts (a day or a second). */
    record Bound(Instant start, Duration length) {

        Instant end() {
            return start.plus(length);
        }
    }

    static String format(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static Bound parse(String name, String value) {
        try {
            if (DAY.matcher(value).matches()) {
                return new Bound(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant(), Duration.ofDays(1));
            }
            if (SECOND.matcher(value).matches()) {
                return new Bound(Instant.from(SECONDS.parse(value)), Duration.ofSeconds(1));
            }
        } catch (DateTimeParseException malformed) {
            throw OaiError.badArgument("The " + name + " argument is not a valid date.");
        }
        throw OaiError.badArgument("The " + name + " argument is neither YYYY-MM-DD nor YYYY-MM-DDThh:mm:ssZ.");
    }

    /** Checks the two bounds together: the same granularity, and {@code from} not after {@code until}. */
    static void checkRange(Bound from, Bound until) {
        if (from == null || until == null) {
            return;
        }
        if (!from.length().equals(until.length())) {
            throw OaiError.badArgument("The from and until arguments have different granularities.");
        }
        if (from.start().isAfter(until.start())) {
            throw OaiError.badArgument("The from argument is later than the until argument.");
        }
    }
}
