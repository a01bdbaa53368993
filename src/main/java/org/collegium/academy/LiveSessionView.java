package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A session of a run as pages show it.
 *
 * @param activity the LIVE_SESSION activity attendance completes, or null
 */
public record LiveSessionView(LiveSessionId id, CourseRunId run, Instant starts, Instant ends, ZoneId zone,
        String place, String link, ActivityId activity) {
}
