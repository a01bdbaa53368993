package org.collegium.exchange.selection;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A member of a call's selection committee. */
@Entity
@Table(name = "exchange_selection_reviewer")
class Reviewer {

    @EmbeddedId
    private Key key;

    @Column(name = "appointed_by", nullable = false)
    private UUID appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    protected Reviewer() {
    }

    Reviewer(UUID call, UUID account, UUID appointedBy, Instant now) {
        this.key = new Key(call, account);
        this.appointedBy = appointedBy;
        this.appointedAt = now;
    }

    UUID account() {
        return key.account;
    }

    @Embeddable
    record Key(@Column(name = "call_id") UUID call, @Column(name = "account_id") UUID account) implements Serializable {
    }
}
