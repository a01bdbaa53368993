package org.collegium.exchange.web;

import java.time.LocalDateTime;

import org.collegium.exchange.CallDeadline;
import org.springframework.format.annotation.DateTimeFormat;

/** A call's new deadline: a local date and time in the zone chosen. */
record DeadlineForm(
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime deadline,
        String zone) {

    static DeadlineForm of(CallDeadline current) {
        return new DeadlineForm(current.local(), current.zone().getId());
    }
}
