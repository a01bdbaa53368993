package org.collegium.academy.assignment.web;

import java.io.Serializable;

/**
 * What a learner typed in the submission form. It travels back to the activity page after a refusal, in the
 * session, so it is serializable; the file itself is never kept (browsers do not refill file inputs anyway).
 *
 * @param removeFile whether to drop the file saved with the draft
 */
record SubmissionForm(String text, Boolean removeFile) implements Serializable {

    SubmissionForm {
        text = text == null ? "" : text;
        removeFile = Boolean.TRUE.equals(removeFile);
    }
}
