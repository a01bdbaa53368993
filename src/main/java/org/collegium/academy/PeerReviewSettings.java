package org.collegium.academy;

import java.time.Duration;

/**
 * Peer review of an assignment: off, or {@code reviewsPerSubmission} reviews of each submission by other
 * submitters, each due {@code reviewTime} after it is allocated to its reviewer (a review reallocated from a
 * reviewer who dropped out gets a fresh period), and whether authors and reviewers stay anonymous to each other.
 */
public record PeerReviewSettings(int reviewsPerSubmission, Duration reviewTime, boolean anonymous) {

    public static PeerReviewSettings off() {
        return new PeerReviewSettings(0, null, true);
    }

    public boolean enabled() {
        return reviewsPerSubmission > 0;
    }
}
