package org.collegium.shared.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by any module when someone changes what others rely on: who did what, to which object, and when.
 * The identity module keeps these in the audit log.
 *
 * @param actor the account that acted, or null for the system itself (demo data, scheduled work)
 * @param action a stable code, "module.verb-object" (for example "network.update-organisation")
 * @param subjectType the kind of object ("organisation", "academy", "account")
 * @param subjectId the object's id
 * @param summary a short, human-readable description in English for administrators
 */
public record AdministrativeActionTaken(UUID actor, String action, String subjectType, String subjectId, String summary,
        Instant at) {
}
