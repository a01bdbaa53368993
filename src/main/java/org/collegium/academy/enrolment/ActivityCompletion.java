package org.collegium.academy.enrolment;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.collegium.academy.ActivityId;
import org.collegium.academy.CompletionRule;

/**
 * A learner completed an activity in one enrolment. Keyed by the activity's id, which edits never change.
 */
@Entity
@Table(name = "activity_completion")
class ActivityCompletion {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompletionRule rule;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected ActivityCompletion() {
    }

    ActivityCompletion(UUID enrolment, ActivityId activity, CompletionRule rule, Instant at) {
        this.key = new Key(enrolment, activity.value());
        this.rule = rule;
        this.completedAt = at;
    }

    UUID enrolmentId() {
        return key.enrolmentId;
    }

    ActivityId activity() {
        return new ActivityId(key.activityId);
    }

    @Embeddable
    record Key(@Column(name = "enrolment_id") UUID enrolmentId, @Column(name = "activity_id") UUID activityId)
            implements Serializable {
    }
}
