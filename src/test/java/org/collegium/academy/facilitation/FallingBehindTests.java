package org.collegium.academy.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.collegium.academy.RunKind;
import org.junit.jupiter.api.Test;

class FallingBehindTests {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(100));

    private static boolean cohort(int done, int required, Instant enrolled, Instant last, Instant now) {
        return FallingBehind.applies(RunKind.COHORT, START, END, done, required, false, enrolled, last, now);
    }

    private static Instant day(int day) {
        return START.plus(Duration.ofDays(day));
    }

    @Test
    void nobodyIsBehindBeforeAScheduledRunStarts() {
        assertThat(cohort(0, 10, day(-60), null, day(-1))).isFalse();
    }

    @Test
    void aScheduledLearnerIsBehindOnlyWhenMoreThanTheToleranceBelowTheElapsedShare() {
        // day 50: half the run elapsed; the bar is 50 % - 20 points = 30 %
        assertThat(cohort(3, 10, day(0), day(49), day(50))).as("exactly at the bar").isFalse();
        assertThat(cohort(29, 100, day(0), day(49), day(50))).as("one point under the bar").isTrue();
        assertThat(cohort(0, 10, day(0), day(49), day(20))).as("20 % elapsed, nothing done: at the bar").isFalse();
        assertThat(cohort(0, 10, day(0), day(10), day(21))).as("just past the bar").isTrue();
    }

    @Test
    void elapsedTimeStopsAtTheEndOfTheRun() {
        assertThat(cohort(8, 10, day(0), day(199), day(200))).isFalse();
        assertThat(cohort(7, 10, day(0), day(199), day(200))).isTrue();
    }

    @Test
    void aScheduledLearnerIdleForFourteenDaysIsBehindWhateverTheirShare() {
        assertThat(cohort(9, 10, day(0), day(10), day(24))).isTrue();
        assertThat(cohort(9, 10, day(0), day(10), day(24).minusSeconds(1))).isFalse();
    }

    @Test
    void idleTimeInAScheduledRunCountsFromItsStartForThoseWhoEnrolledEarly() {
        assertThat(cohort(1, 100, day(-30), null, day(13))).isFalse();
        assertThat(cohort(1, 100, day(-30), null, day(14))).isTrue();
    }

    @Test
    void aSelfPacedLearnerIsBehindAfterThirtyIdleDays() {
        Instant enrolled = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(FallingBehind.applies(RunKind.SELF_PACED, null, null, 0, 5, false, enrolled, null,
                enrolled.plus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
        assertThat(FallingBehind.applies(RunKind.SELF_PACED, null, null, 0, 5, false, enrolled, null,
                enrolled.plus(Duration.ofDays(30)))).isTrue();
        assertThat(FallingBehind.applies(RunKind.SELF_PACED, null, null, 1, 5, false, enrolled,
                enrolled.plus(Duration.ofDays(20)), enrolled.plus(Duration.ofDays(49)))).isFalse();
    }

    @Test
    void aLearnerWhoCompletedIsNeverBehind() {
        assertThat(FallingBehind.applies(RunKind.COHORT, START, END, 0, 10, true, day(0), null, day(90))).isFalse();
        assertThat(FallingBehind.applies(RunKind.SELF_PACED, null, null, 0, 0, true, day(0), null, day(90))).isFalse();
    }

    @Test
    void aCourseWithoutRequiredActivitiesOnlyCountsIdleTime() {
        assertThat(cohort(0, 0, day(0), day(40), day(50))).isFalse();
    }
}
