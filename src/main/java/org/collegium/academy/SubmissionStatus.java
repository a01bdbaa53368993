package org.collegium.academy;

/** Where a learner's submission stands. */
public enum SubmissionStatus {
    /** Saved, not handed in: only the learner sees it. */
    DRAFT,
    /** Handed in (possibly resubmitted); staff may grade it. */
    SUBMITTED,
    /** Its grade is released: no more resubmission. */
    GRADED,
    /** The learner left: no more reviews to do, none to receive. */
    WITHDRAWN
}
