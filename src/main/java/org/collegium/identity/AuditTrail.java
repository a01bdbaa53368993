package org.collegium.identity;

import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every administrative action any module reports. It listens synchronously, in the publisher's transaction:
 * an action that rolls back leaves no entry, and an action is never kept without its entry.
 */
@Component
class AuditTrail {

    private final AuditEntryRepository entries;

    AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(AdministrativeActionTaken action) {
        entries.save(new AuditEntry(action));
    }
}
