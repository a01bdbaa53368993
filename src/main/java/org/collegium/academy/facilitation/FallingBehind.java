package org.collegium.academy.facilitation;

import java.time.Duration;
import java.time.Instant;

import org.collegium.academy.RunKind;

/**
 * Who is falling behind, by one rule the cohort page states in words. In a scheduled run, once it started: a learner
 * whose share of activities done is more than {@link #TOLERANCE_PERCENT} points below the share of the run's time
 * elapsed, or who completed nothing for {@link #COHORT_IDLE_DAYS} days. In a self-paced run: nothing completed for
 * {@link #SELF_PACED_IDLE_DAYS} days. Idle time counts from the last completion, else from enrolment (or the start of
 * a scheduled run, when later). A learner who completed the course is never behind.
 */
public final class FallingBehind {

    public static final int TOLERANCE_PERCENT = 20;
    public static final int COHORT_IDLE_DAYS = 14;
    public static final int SELF_PACED_IDLE_DAYS = 30;

    private FallingBehind() {
    }

    static boolean applies(RunKind kind, Instant starts, Instant ends, int done, int required, boolean completed,
            Instant enrolledAt, Instant lastActivity, Instant now) {
        if (completed) {
            return false;
        }
        Instant since = lastActivity != null && lastActivity.isAfter(enrolledAt) ? lastActivity : enrolledAt;
        if (kind == RunKind.SELF_PACED || starts == null || ends == null) {
            return idleFor(since, now, SELF_PACED_IDLE_DAYS);
        }
        if (now.isBefore(starts)) {
            return false;
        }
        if (since.isBefore(starts)) {
            since = starts;
        }
        if (idleFor(since, now, COHORT_IDLE_DAYS)) {
            return true;
        }
        long length = Duration.between(starts, ends).toSeconds();
        long elapsed = Math.min(length, Duration.between(starts, now).toSeconds());
        if (required == 0) {
            return false;
        }
        // done / required < elapsed / length - tolerance / 100, in exact integers
        return 100L * done * length < (long) required * (100L * elapsed - (long) TOLERANCE_PERCENT * length);
    }

    private static boolean idleFor(Instant since, Instant now, int days) {
        return !since.plus(Duration.ofDays(days)).isAfter(now);
    }
}
