package org.collegium.academy.media.web;

import java.util.Optional;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;

/** The account of the request's viewer, if signed in. */
final class CurrentAccount {

    private CurrentAccount() {
    }

    static Optional<AccountId> optional() {
        return Viewers.current().flatMap(Accounts::idOf);
    }

    static AccountId required() {
        return optional().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
