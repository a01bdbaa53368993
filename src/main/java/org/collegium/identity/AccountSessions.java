package org.collegium.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions in the shared session store, so that a changed password locks out every browser
 * that signed in with the old one, on every node.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> store;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> store) {
        this.store = store;
    }

    /** Ends every session signed in as this address. */
    void endAll(String email) {
        endAllBut(email, null);
    }

    /** Ends every session signed in as this address except the given one (the caller's own), if any. */
    void endAllBut(String email, String keptSessionId) {
        FindByIndexNameSessionRepository<?> sessions = store.getIfAvailable();
        if (sessions == null) {
            return;
        }
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }
}
