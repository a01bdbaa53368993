package org.collegium.academy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collegium.identity.AccountId;

/**
 * A learner's submission as the learner or staff read it: the current draft or handed-in text and file, the
 * handed-in versions (oldest first), and the grade once it is released (staff see it before, as {@code grade}).
 */
public record SubmissionView(ActivityId activity, AccountId learner, SubmissionStatus status, String text,
        UUID file, Instant savedAt, Instant submittedAt, boolean late, List<SubmittedVersion> versions,
        Optional<GradeView> grade) {
}
