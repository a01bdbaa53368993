package org.collegium.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per subject (an address, an IP) in a sliding window, in the database so that every node sees them.
 */
@Component
class Throttle {

    /** The limits: at most {@code max} attempts per subject within {@code window}. */
    enum Rule {
        SIGN_IN_EMAIL(10, Duration.ofMinutes(15)),
        SIGN_IN_ADDRESS(30, Duration.ofMinutes(15)),
        REGISTRATION_ADDRESS(5, Duration.ofHours(1)),
        RESET_EMAIL(5, Duration.ofHours(1)),
        RESET_ADDRESS(20, Duration.ofHours(1));

        final int max;
        final Duration window;

        Rule(int max, Duration window) {
            this.max = max;
            this.window = window;
        }
    }

    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    Throttle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the subject has used up its attempts. */
    boolean isExhausted(Rule rule, String subject) {
        return count(rule, subject) >= rule.max;
    }

    /** Records an attempt, even when the surrounding work rolls back (a failed sign-in is still an attempt). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Rule rule, String subject) {
        jdbc.sql("INSERT INTO throttle_attempt (id, bucket, subject_key, at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), rule.name(), key(subject), utc(clock.instant()))
                .update();
    }

    /** Records an attempt if the subject has attempts left; returns whether it had. */
    boolean tryAcquire(Rule rule, String subject) {
        if (isExhausted(rule, subject)) {
            return false;
        }
        record(rule, subject);
        return true;
    }

    int count(Rule rule, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM throttle_attempt WHERE bucket = ? AND subject_key = ? AND at > ?")
                .params(rule.name(), key(subject), utc(clock.instant().minus(rule.window)))
                .query(Integer.class).single();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        jdbc.sql("DELETE FROM throttle_attempt WHERE at < ?").param(utc(clock.instant().minus(KEEP))).update();
    }

    private static String key(String subject) {
        String key = subject == null ? "" : subject.trim().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
