package org.collegium.academy.quiz;

import java.time.Instant;

import org.collegium.academy.Quizzes;

/**
 * When an attempt must be in: the end of its time limit (fixed when it started) or the quiz's closing date (as it
 * stands now, so that a facilitator may extend it), whichever comes first. Answers are accepted up to the deadline
 * plus {@link Quizzes#GRACE}, inclusive, to the millisecond of the server's clock.
 */
record Deadline(Instant timeLimitEnd, Instant closesAt) {

    enum Kind {
        TIME_LIMIT, CLOSE_DATE
    }

    /** The deadline shown to the learner, or null when the attempt has none. */
    Instant at() {
        if (timeLimitEnd == null) {
            return closesAt;
        }
        return closesAt == null || timeLimitEnd.isBefore(closesAt) ? timeLimitEnd : closesAt;
    }

    Kind kind() {
        return timeLimitEnd != null && (closesAt == null || !closesAt.isBefore(timeLimitEnd))
                ? Kind.TIME_LIMIT : Kind.CLOSE_DATE;
    }

    /** Whether answers arriving at this instant are still accepted. */
    boolean accepts(Instant now) {
        Instant at = at();
        return at == null || !now.isAfter(at.plus(Quizzes.GRACE));
    }
}
