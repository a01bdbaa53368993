package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.collegium.shared.time.MovableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sliding window, on a private in-memory database and a clock the test moves.
 */
class ThrottleTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private JdbcClient jdbc;
    private Throttle throttle;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:throttle-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE throttle_attempt (id UUID PRIMARY KEY, bucket VARCHAR(40) NOT NULL, "
                + "subject_key VARCHAR(254) NOT NULL, at TIMESTAMP WITH TIME ZONE NOT NULL)").update();
        throttle = new Throttle(jdbc, clock);
    }

    @Test
    void refusesTheEleventhSignInWithinFifteenMinutes() {
        for (int i = 0; i < 9; i++) {
            throttle.record(Throttle.Rule.SIGN_IN_EMAIL, "ana@skopje.mk");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isExhausted(Throttle.Rule.SIGN_IN_EMAIL, "ana@skopje.mk")).isFalse();
        throttle.record(Throttle.Rule.SIGN_IN_EMAIL, "ANA@skopje.mk ");
        assertThat(throttle.isExhausted(Throttle.Rule.SIGN_IN_EMAIL, "ana@skopje.mk")).isTrue();
        assertThat(throttle.isExhausted(Throttle.Rule.SIGN_IN_EMAIL, "other@skopje.mk")).isFalse();
        assertThat(throttle.isExhausted(Throttle.Rule.RESET_EMAIL, "ana@skopje.mk")).isFalse();
    }

    @Test
    void forgetsAttemptsOnceTheyLeaveTheWindow() {
        for (int i = 0; i < 10; i++) {
            throttle.record(Throttle.Rule.SIGN_IN_EMAIL, "ana@skopje.mk");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isExhausted(Throttle.Rule.SIGN_IN_EMAIL, "ana@skopje.mk")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isExhausted(Throttle.Rule.SIGN_IN_EMAIL, "ana@skopje.mk")).isFalse();
    }

    @Test
    void tryAcquireAllowsFiveRegistrationsPerHourFromOneAddress() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAcquire(Throttle.Rule.REGISTRATION_ADDRESS, "10.0.0.1")).isTrue();
        }
        assertThat(throttle.tryAcquire(Throttle.Rule.REGISTRATION_ADDRESS, "10.0.0.1")).isFalse();
        assertThat(throttle.count(Throttle.Rule.REGISTRATION_ADDRESS, "10.0.0.1")).isEqualTo(5);
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.tryAcquire(Throttle.Rule.REGISTRATION_ADDRESS, "10.0.0.1")).isTrue();
    }

    @Test
    void purgeRemovesOnlyAttemptsOlderThanADay() {
        throttle.record(Throttle.Rule.RESET_ADDRESS, "10.0.0.2");
        clock.advance(Duration.ofHours(25));
        throttle.record(Throttle.Rule.RESET_ADDRESS, "10.0.0.2");
        throttle.purge();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM throttle_attempt").query(Integer.class).single()).isEqualTo(1);
    }
}
