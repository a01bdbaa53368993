package org.collegium.academy.assignment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.collegium.academy.LatePolicy;

/**
 * When a submission is accepted. Times count in whole seconds of the server clock: a submission is on time up
 * to and including the due second (12:00:00.999 for a 12:00:00 due date), late from the next second, and
 * refused after the cut-off second whatever the late policy.
 */
record DeadlineRule(Instant dueAt, LatePolicy latePolicy, Instant cutOffAt) {

    enum Verdict {
        ON_TIME, LATE, REFUSED_PAST_DUE, REFUSED_PAST_CUT_OFF;

        boolean accepted() {
            return this == ON_TIME || this == LATE;
        }
    }

    Verdict judge(Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        if (cutOffAt != null && second.isAfter(cutOffAt.truncatedTo(ChronoUnit.SECONDS))) {
            return Verdict.REFUSED_PAST_CUT_OFF;
        }
        if (!second.isAfter(dueAt.truncatedTo(ChronoUnit.SECONDS))) {
            return Verdict.ON_TIME;
        }
        return latePolicy == LatePolicy.REFUSE ? Verdict.REFUSED_PAST_DUE : Verdict.LATE;
    }
}
