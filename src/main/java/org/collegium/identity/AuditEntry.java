package org.collegium.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.collegium.shared.audit.AdministrativeActionTaken;

/**
 * One administrative action, as it was reported: never changed afterwards.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(AdministrativeActionTaken event) {
        this.id = UUID.randomUUID();
        this.actorId = event.actor();
        this.action = cut(event.action(), 80);
        this.subjectType = cut(event.subjectType(), 40);
        this.subjectId = cut(event.subjectId(), 80);
        this.summary = cut(event.summary(), 500);
        this.at = event.at();
    }

    AuditEntryView toView() {
        return new AuditEntryView(id, actorId == null ? null : new AccountId(actorId), action, subjectType, subjectId,
                summary, at);
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }
}
