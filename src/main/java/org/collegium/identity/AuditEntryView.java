package org.collegium.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the audit log. The actor is null for actions of the system itself.
 */
public record AuditEntryView(UUID id, AccountId actor, String action, String subjectType, String subjectId,
        String summary, Instant at) {
}
