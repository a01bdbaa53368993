package org.collegium.exchange.matching;

import java.time.LocalDate;

/** A span of days, both ends included: a request's window or a time a practitioner is available. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period runs from a day to the same day or a later one");
        }
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    /** The first day both periods share; call only when they overlap. */
    public LocalDate firstCommonDay(Period other) {
        return from.isAfter(other.from) ? from : other.from;
    }
}
