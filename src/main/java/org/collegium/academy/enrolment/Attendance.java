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
 * Whether a learner was present at a session, as a facilitator recorded it.
 */
@Entity
@Table(name = "live_session_attendance")
class Attendance {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    protected Attendance() {
    }

    Attendance(UUID session, UUID enrolment, boolean present, UUID recordedBy, Instant at) {
        this.key = new Key(session, enrolment);
        record(present, recordedBy, at);
    }

    void record(boolean isPresent, UUID by, Instant at) {
        this.present = isPresent;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    UUID enrolmentId() {
        return key.enrolmentId;
    }

    boolean present() {
        return present;
    }

    @Embeddable
    record Key(@Column(name = "session_id") UUID sessionId, @Column(name = "enrolment_id") UUID enrolmentId)
            implements Serializable {
    }
}
