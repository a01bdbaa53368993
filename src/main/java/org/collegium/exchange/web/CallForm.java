package org.collegium.exchange.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/** A new call: its title, when it opens and its deadline, both local times in the zone chosen. */
record CallForm(String title,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime opensAt,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime deadline,
        String zone) {

    static CallForm empty() {
        return new CallForm("", null, null, "Europe/Brussels");
    }
}
