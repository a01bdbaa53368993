package org.collegium.academy;

import java.time.Instant;
import java.util.UUID;

/** One handed-in version of a submission, kept when the learner resubmits. */
public record SubmittedVersion(int number, String text, UUID file, Instant submittedAt, boolean late) {
}
