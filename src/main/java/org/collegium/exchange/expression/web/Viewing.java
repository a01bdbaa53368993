package org.collegium.exchange.expression.web;

import java.util.Optional;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;

/** The viewer's account for the object checks, and ids in addresses. */
final class Viewing {

    private Viewing() {
    }

    static Optional<AccountId> account() {
        return Viewers.current().flatMap(Accounts::idOf);
    }

    static AccountId required() {
        return account().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    /** Anything that is not an id names nothing (404). */
    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException("id");
        }
    }
}
