package org.collegium.library.web;

import java.util.Optional;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;

/** The account of the request's viewer, for the checks of the library pages. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<AccountId> optional() {
        return Viewers.current().flatMap(Accounts::idOf);
    }

    /** The signed-in account; anonymous visitors are sent to sign in. */
    public static AccountId required() {
        return optional().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
