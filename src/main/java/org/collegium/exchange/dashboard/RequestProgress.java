package org.collegium.exchange.dashboard;

import java.time.Duration;
import java.time.Instant;

import org.collegium.exchange.ExpertiseRequestId;

/**
 * One request on the dashboard.
 *
 * @param expressions its submitted expressions of interest
 * @param matchedAt when its first expression was selected, or null
 */
public record RequestProgress(ExpertiseRequestId id, String title, String country, Instant filedAt, int expressions,
        Instant matchedAt, RequestState state) {

    /** Whole days from filing to the match, or null before it. */
    public Long daysToMatch() {
        return matchedAt == null ? null : Duration.between(filedAt, matchedAt).toDays();
    }
}
