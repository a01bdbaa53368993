package org.collegium.academy.enrolment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.EnrolmentStatus;
import org.collegium.identity.AccountId;

/**
 * One learner in one run. Each transition checks where the enrolment stands and refuses with a clear code otherwise.
 */
@Entity
@Table(name = "enrolment")
class Enrolment {

    @Id
    private UUID id;

    @Column(name = "run_id", nullable = false)
    private UUID runId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "queue_number")
    private Long queueNumber;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(CourseRunId run, CourseId course, AccountId learner, EnrolmentStatus initial, Instant now) {
        this.id = UUID.randomUUID();
        this.runId = run.value();
        this.courseId = course.value();
        this.learnerId = learner.value();
        this.status = initial;
        this.requestedAt = now;
        this.changedAt = now;
    }

    EnrolmentId id() {
        return new EnrolmentId(id);
    }

    CourseRunId run() {
        return new CourseRunId(runId);
    }

    CourseId course() {
        return new CourseId(courseId);
    }

    AccountId learner() {
        return new AccountId(learnerId);
    }

    EnrolmentStatus status() {
        return status;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    /** Whether the learner may enrol (again) from here: after an invitation, or after withdrawing. */
    boolean mayRequest() {
        return status == EnrolmentStatus.INVITED || status == EnrolmentStatus.WITHDRAWN;
    }

    void request(Instant now) {
        requestedAt = now;
        changedAt = now;
    }

    void activate(Instant now) {
        status = EnrolmentStatus.ACTIVE;
        queueNumber = null;
        changedAt = now;
    }

    void waitInLine(long number, Instant now) {
        status = EnrolmentStatus.WAITING;
        queueNumber = number;
        changedAt = now;
    }

    void awaitApproval(Instant now) {
        status = EnrolmentStatus.PENDING_APPROVAL;
        changedAt = now;
    }

    void withdraw(Instant now) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            return;
        }
        if (status == EnrolmentStatus.COMPLETED) {
            throw new CourseRefusal("enrolment", "enrolment.withdraw.completed");
        }
        status = EnrolmentStatus.WITHDRAWN;
        queueNumber = null;
        changedAt = now;
    }

    void requireStatus(EnrolmentStatus expected) {
        if (status != expected) {
            throw new CourseRefusal("enrolment", "enrolment.status.unexpected", status.name());
        }
    }

    /** Completes the enrolment once; returns whether it changed now. */
    boolean complete(Instant now) {
        if (status != EnrolmentStatus.ACTIVE) {
            return false;
        }
        status = EnrolmentStatus.COMPLETED;
        completedAt = now;
        changedAt = now;
        return true;
    }
}
