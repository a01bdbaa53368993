package org.collegium.academy.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.identity.AccountId;

/**
 * One submission allocated to one peer for review. Allocated, then given; or cancelled (moved to another
 * reviewer, or the author or reviewer withdrew) or missed (its due time passed), which frees it for reallocation.
 */
@Entity
@Table(name = "assignment_peer_review")
class PeerReview {

    enum Status { ALLOCATED, GIVEN, CANCELLED, MISSED }

    static final int MAX_COMMENT = 5_000;

    @Id
    private UUID id;

    @Column(name = "assignment_id", nullable = false)
    private UUID assignmentId;

    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;

    @Column(name = "reviewer_id", nullable = false)
    private UUID reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Convert(converter = LevelsConverter.class)
    private List<Integer> levels;

    private Integer points;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected PeerReview() {
    }

    PeerReview(UUID assignmentId, UUID submissionId, UUID reviewerId, Instant now, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.assignmentId = assignmentId;
        this.submissionId = submissionId;
        this.reviewerId = reviewerId;
        this.status = Status.ALLOCATED;
        this.allocatedAt = now;
        this.dueAt = dueAt;
    }

    void give(List<Integer> chosen, Integer points, String comment, Instant now) {
        if (status != Status.ALLOCATED || now.isAfter(dueAt)) {
            throw new AssignmentRefusal("review", "assignment.review.closed");
        }
        this.levels = List.copyOf(chosen);
        this.points = points;
        this.comment = comment;
        this.givenAt = now;
        this.status = Status.GIVEN;
    }

    void cancel(Instant now) {
        close(Status.CANCELLED, now);
    }

    void miss(Instant now) {
        close(Status.MISSED, now);
    }

    private void close(Status closing, Instant now) {
        if (status == Status.ALLOCATED) {
            status = closing;
            closedAt = now;
        }
    }

    boolean live() {
        return status == Status.ALLOCATED || status == Status.GIVEN;
    }

    boolean pendingAt(Instant now) {
        return status == Status.ALLOCATED && !now.isAfter(dueAt);
    }

    UUID id() {
        return id;
    }

    UUID assignmentId() {
        return assignmentId;
    }

    UUID submissionId() {
        return submissionId;
    }

    AccountId reviewer() {
        return new AccountId(reviewerId);
    }

    UUID reviewerId() {
        return reviewerId;
    }

    Status status() {
        return status;
    }

    Instant dueAt() {
        return dueAt;
    }

    List<Integer> levels() {
        return levels == null ? List.of() : levels;
    }

    Integer points() {
        return points;
    }

    String comment() {
        return comment;
    }

    Instant givenAt() {
        return givenAt;
    }
}
