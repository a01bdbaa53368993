package org.collegium.exchange.practitioner;

import java.time.LocalDate;

/** A time a practitioner can take part in an exchange, both days included. */
public record Availability(LocalDate from, LocalDate to) {
}
