package org.collegium.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock in UTC that stands still until the test moves it. */
public final class MovableClock extends Clock {

    private final Instant start;
    private Instant now;

    public MovableClock(Instant start) {
        this.start = start;
        this.now = start;
    }

    /** Moves the clock on by the duration. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Sets the clock to the start instant plus the duration. */
    public void sinceStart(Duration duration) {
        now = start.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
