package org.collegium.academy.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.ActivityId;
import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.GradeView;
import org.collegium.academy.SubmissionDraft;
import org.collegium.academy.SubmissionStatus;
import org.collegium.academy.SubmissionType;
import org.collegium.academy.SubmissionView;
import org.collegium.identity.AccountId;

/**
 * A learner's work on one assignment: the working copy (text and/or file) and every version handed in. A
 * learner may hand in again until the grade is released.
 */
@Entity
@Table(name = "assignment_submission")
class Submission {

    static final int MAX_TEXT = 20_000;

    @Id
    private UUID id;

    @Column(name = "assignment_id", nullable = false)
    private UUID assignmentId;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(length = MAX_TEXT)
    private String text;

    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @ElementCollection
    @CollectionTable(name = "assignment_submission_version", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderBy("number ASC")
    private List<VersionRecord> versions = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {
    }

    Submission(UUID assignmentId, AccountId learner, Instant now) {
        this.id = UUID.randomUUID();
        this.assignmentId = assignmentId;
        this.learnerId = learner.value();
        this.status = SubmissionStatus.DRAFT;
        this.savedAt = now;
    }

    /** Keeps the working copy; a handed-in version stays what staff and peers read. */
    void saveDraft(SubmissionDraft draft, Instant now) {
        requireOpen();
        String checked = checkText(draft.text());
        this.text = checked;
        this.fileId = draft.file();
        this.savedAt = now;
    }

    /** Hands in the draft as a new version, late or not as the deadline rule said. */
    void submit(SubmissionDraft draft, SubmissionType type, boolean late, Instant now) {
        requireOpen();
        String checked = checkText(draft.text());
        if (type.needsText() && (checked == null || checked.isBlank())) {
            throw new AssignmentRefusal("text", "assignment.submission.text.missing");
        }
        if (type.needsFile() && draft.file() == null) {
            throw new AssignmentRefusal("file", "assignment.submission.file.missing");
        }
        this.text = checked;
        this.fileId = type.needsFile() ? draft.file() : null;
        if (!type.needsText() && checked != null && checked.isBlank()) {
            this.text = null;
        }
        this.savedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        versions.add(new VersionRecord(versions.size() + 1, text, fileId, now, late));
        status = SubmissionStatus.SUBMITTED;
    }

    void markGraded() {
        status = SubmissionStatus.GRADED;
    }

    void withdraw() {
        status = SubmissionStatus.WITHDRAWN;
    }

    private void requireOpen() {
        if (status == SubmissionStatus.GRADED) {
            throw new AssignmentRefusal("submission", "assignment.submission.graded");
        }
        if (status == SubmissionStatus.WITHDRAWN) {
            throw new AssignmentRefusal("submission", "assignment.submission.withdrawn");
        }
    }

    /** The text as safe HTML (the rich-text allow-list), within the length limit. */
    private static String checkText(String text) {
        String safe = AssignmentRichText.sanitise(text);
        if (safe != null && safe.length() > MAX_TEXT) {
            throw new AssignmentRefusal("text", "assignment.submission.text.too-long", MAX_TEXT);
        }
        return safe;
    }

    UUID id() {
        return id;
    }

    UUID assignmentId() {
        return assignmentId;
    }

    AccountId learner() {
        return new AccountId(learnerId);
    }

    SubmissionStatus status() {
        return status;
    }

    boolean handedIn() {
        return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.GRADED;
    }

    Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    Optional<VersionRecord> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    SubmissionView toView(ActivityId activity, Optional<GradeView> grade) {
        Optional<VersionRecord> latest = latest();
        return new SubmissionView(activity, learner(), status, text, fileId, savedAt,
                latest.map(VersionRecord::submittedAt).orElse(null), latest.map(VersionRecord::late).orElse(false),
                versions.stream().map(VersionRecord::toView).toList(), grade);
    }
}
