package org.collegium.academy;

import java.util.UUID;

/** What a learner writes or attaches: a plain text and/or the id of a file in the media store. */
public record SubmissionDraft(String text, UUID file) {
}
