package org.collegium.exchange.dashboard.web;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in account of the request; anyone else is sent to sign in. */
final class SignedIn {

    private SignedIn() {
    }

    static AccountId account() {
        return Viewers.current().flatMap(Accounts::idOf)
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
