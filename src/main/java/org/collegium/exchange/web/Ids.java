package org.collegium.exchange.web;

import java.util.UUID;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.shared.NotFoundException;

/** Ids taken from addresses: one that cannot be an id names nothing, so it is not found (404), not a bad request. */
final class Ids {

    private Ids() {
    }

    static ProgrammeId programme(String value) {
        return new ProgrammeId(uuid(value, "programme"));
    }

    static CallId call(String value) {
        return new CallId(uuid(value, "call"));
    }

    static ExpertiseRequestId request(String value) {
        return new ExpertiseRequestId(uuid(value, "request"));
    }

    private static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what);
        }
    }
}
