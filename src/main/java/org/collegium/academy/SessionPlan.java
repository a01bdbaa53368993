package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An in-person or online session of a run: its time, its zone, and a place or a video-conference link (or both).
 *
 * @param activity the LIVE_SESSION activity attendance completes, or null
 */
public record SessionPlan(Instant starts, Instant ends, ZoneId zone, String place, String link, ActivityId activity) {
}
