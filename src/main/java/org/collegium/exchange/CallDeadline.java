package org.collegium.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A call's deadline as the programme states it: a local time in a named zone ("2 March 2017, 12:00,
 * Europe/Brussels"), to the second. The call is open up to and including that second, and closed from the next one,
 * whatever the viewer's zone or clock: the server compares instants. A local time that does not exist in the zone
 * (skipped by a change to summer time) is refused; one that occurs twice (the hour repeated in autumn) means its
 * first occurrence.
 */
public record CallDeadline(LocalDateTime local, ZoneId zone) {

    public CallDeadline {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(zone, "zone");
        local = local.truncatedTo(ChronoUnit.SECONDS);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new ExchangeRefusal("deadline", "exchange.deadline.not-in-zone", local, zone.getId());
        }
    }

    /** The instant the deadline falls on. */
    public Instant instant() {
        return ZonedDateTime.ofLocal(local, zone, zone.getRules().getValidOffsets(local).getFirst()).toInstant();
    }

    /** Whether the deadline has passed at this instant: from the second after it. */
    public boolean passedAt(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).isAfter(instant());
    }
}
