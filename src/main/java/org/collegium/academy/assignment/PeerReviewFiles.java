package org.collegium.academy.assignment;

import org.collegium.academy.MediaFileId;
import org.collegium.academy.SubmissionFileReviewers;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the media library which peers read a submission file: those allocated to review a version handing it in. */
@Component
@Transactional(readOnly = true)
class PeerReviewFiles implements SubmissionFileReviewers {

    private final PeerReviewRepository reviews;

    PeerReviewFiles(PeerReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean reviews(AccountId reviewer, MediaFileId file) {
        return reviewer != null && reviews.reviewsFile(reviewer.value(), file.value());
    }
}
