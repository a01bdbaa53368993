package org.collegium.academy.enrolment;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An address invited to a run that enrols by invitation. Addresses are kept in lower case.
 */
@Entity
@Table(name = "enrolment_invitation")
class Invitation {

    @EmbeddedId
    private Key key;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    protected Invitation() {
    }

    Invitation(UUID run, String email, UUID invitedBy, Instant at) {
        this.key = new Key(run, email);
        this.invitedBy = invitedBy;
        this.invitedAt = at;
    }

    @Embeddable
    record Key(@Column(name = "run_id") UUID runId, @Column(name = "email") String email) implements Serializable {
    }
}
