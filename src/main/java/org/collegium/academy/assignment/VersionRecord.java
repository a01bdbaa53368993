package org.collegium.academy.assignment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.collegium.academy.SubmittedVersion;

/** A handed-in version of a submission, kept when the learner hands in again. */
@Embeddable
record VersionRecord(
        @Column(nullable = false) int number,
        @Column(length = Submission.MAX_TEXT) String text,
        @Column(name = "file_id") UUID fileId,
        @Column(name = "submitted_at", nullable = false) Instant submittedAt,
        @Column(nullable = false) boolean late) {

    SubmittedVersion toView() {
        return new SubmittedVersion(number, text, fileId, submittedAt, late);
    }
}
