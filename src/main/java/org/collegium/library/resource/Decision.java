package org.collegium.library.resource;

import java.time.Instant;
import java.util.UUID;

import org.collegium.identity.AccountId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a resource's editorial history: who did what, when, and the note they left. Never changed. */
@Entity
@Table(name = "library_editorial_decision")
class Decision {

    @Id
    private UUID id;

    @Column(name = "resource_id", nullable = false)
    private UUID resource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EditorialAction action;

    @Column(name = "actor_id", nullable = false)
    private UUID actor;

    private String note;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(UUID resource, EditorialAction action, AccountId actor, String note, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.resource = resource;
        this.action = action;
        this.actor = actor.value();
        this.note = note;
        this.decidedAt = decidedAt;
    }

    UUID resource() {
        return resource;
    }

    EditorialDecision view() {
        return new EditorialDecision(action, new AccountId(actor), note, decidedAt);
    }
}
