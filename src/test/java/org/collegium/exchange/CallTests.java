package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.junit.jupiter.api.Test;

class CallTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant OPENS = Instant.parse("2017-01-16T09:00:00Z");
    private static final AccountId SECRETARIAT = new AccountId(UUID.randomUUID());

    private final Call call = new Call(new ProgrammeId(UUID.randomUUID()), " CONNECT call 2017 ", OPENS,
            new CallDeadline(LocalDateTime.of(2017, 2, 20, 12, 0), BRUSSELS), OPENS);

    @Test
    void isOpenFromItsOpeningToTheDeadlineSecondIncluded() {
        assertThat(call.isOpenAt(OPENS.minusSeconds(1))).isFalse();
        assertThat(call.isOpenAt(OPENS)).isTrue();
        assertThat(call.isOpenAt(Instant.parse("2017-02-20T11:00:00Z"))).isTrue();
        assertThat(call.isOpenAt(Instant.parse("2017-02-20T11:00:01Z"))).isFalse();
    }

    @Test
    void aMovedDeadlineDecidesAndTheMoveIsRecorded() {
        Instant now = Instant.parse("2017-02-18T08:00:00Z");
        DeadlineChange change = call.moveDeadline(new CallDeadline(LocalDateTime.of(2017, 3, 2, 12, 0), BRUSSELS),
                SECRETARIAT, now);

        assertThat(change.previous().local()).isEqualTo(LocalDateTime.of(2017, 2, 20, 12, 0));
        assertThat(call.isOpenAt(Instant.parse("2017-02-25T00:00:00Z"))).isTrue();
        assertThat(call.isOpenAt(Instant.parse("2017-03-02T11:00:01Z"))).isFalse();
        CallView view = call.view(now);
        assertThat(view.deadlineMoved()).isTrue();
        assertThat(view.changes()).singleElement().satisfies(moved -> {
            assertThat(moved.changedBy()).isEqualTo(SECRETARIAT);
            assertThat(moved.next().instant()).isEqualTo(Instant.parse("2017-03-02T11:00:00Z"));
        });
        assertThat(view.title()).isEqualTo("CONNECT call 2017");
    }

    @Test
    void aDeadlineMovedEarlierClosesTheCallEarlier() {
        call.moveDeadline(new CallDeadline(LocalDateTime.of(2017, 2, 10, 12, 0), BRUSSELS), SECRETARIAT, OPENS);
        assertThat(call.isOpenAt(Instant.parse("2017-02-15T00:00:00Z"))).isFalse();
    }

    @Test
    void refusesADeadlineBeforeTheOpeningAndAMoveToTheSameDeadline() {
        assertThatThrownBy(() -> call.moveDeadline(new CallDeadline(LocalDateTime.of(2017, 1, 1, 12, 0), BRUSSELS),
                SECRETARIAT, OPENS)).isInstanceOfSatisfying(ExchangeRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("exchange.call.deadline-before-opening"));
        assertThatThrownBy(() -> call.moveDeadline(new CallDeadline(LocalDateTime.of(2017, 2, 20, 12, 0), BRUSSELS),
                SECRETARIAT, OPENS)).isInstanceOfSatisfying(ExchangeRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("exchange.call.deadline-unchanged"));
        assertThat(call.view(OPENS).changes()).isEmpty();
    }
}
