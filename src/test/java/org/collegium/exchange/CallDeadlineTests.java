package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class CallDeadlineTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void noonInBrusselsOnTheSecondOfMarch2017IsElevenUniversalTime() {
        CallDeadline deadline = new CallDeadline(LocalDateTime.of(2017, 3, 2, 12, 0), BRUSSELS);
        assertThat(deadline.instant()).isEqualTo(Instant.parse("2017-03-02T11:00:00Z"));
    }

    @Test
    void theDeadlineSecondItselfIsStillOpenAndTheNextOneIsNot() {
        CallDeadline deadline = new CallDeadline(LocalDateTime.of(2017, 3, 2, 12, 0), BRUSSELS);
        assertThat(deadline.passedAt(Instant.parse("2017-03-02T10:59:59Z"))).isFalse();
        assertThat(deadline.passedAt(Instant.parse("2017-03-02T11:00:00Z"))).isFalse();
        assertThat(deadline.passedAt(Instant.parse("2017-03-02T11:00:00.999Z"))).isFalse();
        assertThat(deadline.passedAt(Instant.parse("2017-03-02T11:00:01Z"))).isTrue();
    }

    @Test
    void theSameLocalTimeInAnotherZoneIsAnotherInstant() {
        CallDeadline kampala = new CallDeadline(LocalDateTime.of(2017, 3, 2, 12, 0), ZoneId.of("Africa/Kampala"));
        assertThat(kampala.instant()).isEqualTo(Instant.parse("2017-03-02T09:00:00Z"));
    }

    @Test
    void aTimeTheClocksSkipIsRefusedAndARepeatedOneMeansItsFirstOccurrence() {
        assertThatThrownBy(() -> new CallDeadline(LocalDateTime.of(2017, 3, 26, 2, 30), BRUSSELS))
                .isInstanceOfSatisfying(ExchangeRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("exchange.deadline.not-in-zone"));
        CallDeadline repeated = new CallDeadline(LocalDateTime.of(2017, 10, 29, 2, 30), BRUSSELS);
        assertThat(repeated.instant()).isEqualTo(Instant.parse("2017-10-29T00:30:00Z"));
    }

    @Test
    void fractionsOfASecondAreDropped() {
        CallDeadline deadline = new CallDeadline(LocalDateTime.of(2017, 3, 2, 12, 0, 0, 500_000_000), BRUSSELS);
        assertThat(deadline.local()).isEqualTo(LocalDateTime.of(2017, 3, 2, 12, 0));
    }
}
