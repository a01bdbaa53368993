package org.collegium.exchange.exchanges;

/** Where an exchange stands; it moves one step at a time, forward only. */
public enum ExchangeStatus {
    PLANNED, PREPARING, UNDER_WAY, COMPLETED, REPORTED;

    /** The step after this one, or null after the report. */
    public ExchangeStatus next() {
        return this == REPORTED ? null : values()[ordinal() + 1];
    }

    /** Whether the plan (dates, places, participants) may still change. */
    public boolean planOpen() {
        return compareTo(COMPLETED) < 0;
    }
}
