package org.collegium.academy.course.web;

import java.util.UUID;

import org.collegium.shared.NotFoundException;

/**
 * Ids in addresses: anything that is not one names nothing (404).
 */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException("id");
        }
    }
}
