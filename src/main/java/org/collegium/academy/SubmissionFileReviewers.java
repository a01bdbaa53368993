package org.collegium.academy;

import org.collegium.identity.AccountId;

/**
 * The media library's one question about a learner's submission file that only assignments can answer: is this
 * account a peer allocated to review a submission that hands in the file?
 */
public interface SubmissionFileReviewers {

    boolean reviews(AccountId reviewer, MediaFileId file);
}
