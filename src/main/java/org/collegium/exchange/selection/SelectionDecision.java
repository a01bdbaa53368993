package org.collegium.exchange.selection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The secretariat's decision on one expression, with its reason; told to the applicant once, again if it changes. */
@Entity
@Table(name = "exchange_selection_decision")
class SelectionDecision {

    @Id
    @Column(name = "expression_id")
    private UUID expression;

    @Column(name = "call_id", nullable = false)
    private UUID call;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false)
    private UUID decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Version
    private long version;

    protected SelectionDecision() {
    }

    SelectionDecision(UUID expression, UUID call) {
        this.expression = expression;
        this.call = call;
    }

    /** Records the decision; a changed decision is told to the applicant again. */
    void decide(Outcome outcome, String reason, UUID by, Instant now) {
        if (outcome != this.outcome || !reason.equals(this.reason)) {
            this.notifiedAt = null;
        }
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void notified(Instant now) {
        this.notifiedAt = now;
    }

    boolean toNotify() {
        return notifiedAt == null;
    }

    UUID expression() {
        return expression;
    }

    Outcome outcome() {
        return outcome;
    }

    String reason() {
        return reason;
    }

    Instant notifiedAt() {
        return notifiedAt;
    }
}
