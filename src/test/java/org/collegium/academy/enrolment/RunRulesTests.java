package org.collegium.academy.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.RunKind;
import org.collegium.academy.RunPlan;
import org.junit.jupiter.api.Test;

/**
 * When a run takes enrolments and how many: windows and seats, to the second.
 */
class RunRulesTests {

    private static final Instant NOW = Instant.parse("2026-03-10T11:00:00Z");
    private static final ZoneId SKOPJE = ZoneId.of("Europe/Skopje");

    private static CourseRun cohort(Instant opens, Instant closes, Integer capacity) {
        return new CourseRun(new CourseId(UUID.randomUUID()), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, capacity, opens, closes, NOW.plus(Duration.ofDays(20)),
                NOW.plus(Duration.ofDays(60)), SKOPJE, Set.of()), NOW);
    }

    @Test
    void aCohortTakesEnrolmentsFromItsOpeningUntilJustBeforeItCloses() {
        Instant opens = NOW.minusSeconds(1);
        Instant closes = NOW.plusSeconds(1);
        CourseRun run = cohort(opens, closes, 5);
        assertThat(run.enrolmentOpenAt(opens.minusSeconds(1))).isFalse();
        assertThat(run.opensLaterThan(opens.minusSeconds(1))).isTrue();
        assertThat(run.enrolmentOpenAt(opens)).isTrue();
        assertThat(run.enrolmentOpenAt(closes.minusMillis(1))).isTrue();
        assertThat(run.enrolmentOpenAt(closes)).isFalse();
        assertThat(run.opensLaterThan(closes)).isFalse();
    }

    @Test
    void withoutAClosingDateEnrolmentEndsWithTheRun() {
        CourseRun run = cohort(null, null, null);
        assertThat(run.enrolmentOpenAt(NOW.plus(Duration.ofDays(59)))).isTrue();
        assertThat(run.enrolmentOpenAt(NOW.plus(Duration.ofDays(60)))).isFalse();
    }

    @Test
    void selfPacedRunsAreAlwaysOpenAndUnlimited() {
        CourseRun run = new CourseRun(new CourseId(UUID.randomUUID()), new RunPlan(RunKind.SELF_PACED, "fr",
                EnrolmentPolicy.SELF_SERVICE, 3, NOW, NOW, NOW, NOW, SKOPJE, Set.of()), NOW);
        assertThat(run.enrolmentOpenAt(Instant.parse("2090-01-01T00:00:00Z"))).isTrue();
        assertThat(run.capacity()).isNull();
        assertThat(run.hasSeatFor(1_000_000)).isTrue();
    }

    @Test
    void seatsRunOutAtTheCapacity() {
        CourseRun run = cohort(null, null, 2);
        assertThat(run.hasSeatFor(1)).isTrue();
        assertThat(run.hasSeatFor(2)).isFalse();
    }

    @Test
    void refusesImpossiblePlans() {
        assertThatThrownBy(() -> cohort(NOW, NOW.minusSeconds(1), 5)).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("enrolment.run.window.invalid");
        assertThatThrownBy(() -> cohort(null, null, 0)).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("enrolment.run.capacity.invalid");
        assertThatThrownBy(() -> new CourseRun(new CourseId(UUID.randomUUID()), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, 5, null, null, NOW, NOW.minusSeconds(1), SKOPJE, Set.of()), NOW))
                .isInstanceOf(CourseRefusal.class);
    }
}
