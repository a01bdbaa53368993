package org.collegium.academy.assignment;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, hands reviews that passed their due time to other peers. Each assignment is reworked under
 * a row lock, so two application nodes sweeping at once cannot allocate twice.
 */
@Component
class OverdueReviewSweep {

    private final AssignmentEngine engine;
    private final Clock clock;

    OverdueReviewSweep(AssignmentEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void sweep() {
        engine.reallocateOverdueReviews(clock.instant());
    }
}
