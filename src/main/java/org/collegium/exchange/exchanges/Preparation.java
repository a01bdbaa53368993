package org.collegium.exchange.exchanges;

import java.util.Objects;
import java.util.Optional;

import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Enrolments;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The academy side of preparing an exchange, through the e-Academy's facade: the course run named in the plan must
 * exist, and when preparation starts every participant with an account who does not follow it yet is enrolled. A
 * refused enrolment (run closed, by invitation only) refuses the whole step, with the academy's reason.
 */
@Component
class Preparation {

    private final CourseRuns runs;
    private final Enrolments enrolments;

    Preparation(CourseRuns runs, Enrolments enrolments) {
        this.runs = runs;
        this.enrolments = enrolments;
    }

    void checkRun(CourseRunId run) {
        if (run == null) {
            return;
        }
        try {
            runs.get(Optional.empty(), run);
        } catch (NotFoundException unknown) {
            throw new ExchangeRefusal("courseRun", "exchanges.course.unknown");
        }
    }

    /** Enrols the participants with an account in the plan's course run; how many were newly enrolled. */
    int enrol(ExchangeView exchange) {
        if (exchange.courseRun() == null) {
            return 0;
        }
        int enrolled = 0;
        for (AccountId person : exchange.participants().stream().map(Participant::account).filter(Objects::nonNull)
                .distinct().toList()) {
            if (runs.get(Optional.of(person), exchange.courseRun()).viewerStatus() == null) {
                enrolments.enrol(person, exchange.courseRun());
                enrolled++;
            }
        }
        return enrolled;
    }
}
