package org.collegium.academy.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.GradeView;
import org.collegium.identity.AccountId;

/**
 * The grade of a submission: saved as a draft any number of times, then released once; a released grade is final.
 */
@Entity
@Table(name = "assignment_grade")
class Grade {

    static final int MAX_FEEDBACK = 20_000;

    @Id
    @Column(name = "submission_id")
    private UUID submissionId;

    @Column(name = "assignment_id", nullable = false)
    private UUID assignmentId;

    @Convert(converter = LevelsConverter.class)
    @Column(nullable = false)
    private List<Integer> levels;

    @Column(nullable = false)
    private int points;

    @Column(name = "total_points", nullable = false)
    private int totalPoints;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = MAX_FEEDBACK)
    private String feedback;

    @Column(name = "graded_version", nullable = false)
    private int gradedVersion;

    @Column(name = "graded_by", nullable = false)
    private UUID gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected Grade() {
    }

    Grade(UUID submissionId, UUID assignmentId) {
        this.submissionId = submissionId;
        this.assignmentId = assignmentId;
    }

    void mark(List<Integer> chosen, int points, int total, boolean passed, String feedback, int gradedVersion,
            AccountId grader, Instant now) {
        if (released()) {
            throw new AssignmentRefusal("grade", "assignment.grade.released");
        }
        this.levels = List.copyOf(chosen);
        this.points = points;
        this.totalPoints = total;
        this.passed = passed;
        this.feedback = feedback;
        this.gradedVersion = gradedVersion;
        this.gradedBy = grader.value();
        this.gradedAt = now;
    }

    /** Releases the grade; false when it already was, so that the release is announced once. */
    boolean release(Instant now) {
        if (released()) {
            return false;
        }
        releasedAt = now;
        return true;
    }

    UUID submissionId() {
        return submissionId;
    }

    boolean released() {
        return releasedAt != null;
    }

    boolean passed() {
        return passed;
    }

    GradeView toView() {
        return new GradeView(levels, points, totalPoints, passed, feedback, gradedVersion, releasedAt);
    }
}
