package org.collegium.exchange.selection.web;

import java.util.UUID;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.shared.NotFoundException;

/** Ids taken from addresses: one that cannot be an id names nothing, so it is not found (404). */
final class Ids {

    private Ids() {
    }

    static ProgrammeId programme(String value) {
        return new ProgrammeId(uuid(value, "programme"));
    }

    static CallId call(String value) {
        return new CallId(uuid(value, "call"));
    }

    static ExpressionOfInterestId expression(String value) {
        return new ExpressionOfInterestId(uuid(value, "expression"));
    }

    private static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what);
        }
    }
}
