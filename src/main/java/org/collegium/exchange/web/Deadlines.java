package org.collegium.exchange.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.shared.time.TimeZones;

/** Reads a deadline as forms give it: a local date-time and the id of a zone from the list. */
final class Deadlines {

    private Deadlines() {
    }

    static ZoneId zone(String id) {
        return TimeZones.parse(id).filter(zone -> TimeZones.ALL.contains(id))
                .orElseThrow(() -> new ExchangeRefusal("zone", "exchange.deadline.zone.invalid"));
    }

    static CallDeadline of(LocalDateTime local, String zone) {
        ZoneId parsed = zone(zone);
        if (local == null) {
            throw new ExchangeRefusal("deadline", "exchange.deadline.required");
        }
        return new CallDeadline(local, parsed);
    }
}
