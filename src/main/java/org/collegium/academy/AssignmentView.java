package org.collegium.academy;

import java.time.Instant;
import java.util.List;

/** An assignment as learners and staff read it; {@code instructions} is sanitised HTML. */
public record AssignmentView(ActivityId activity, AcademyId academy, String instructions,
        SubmissionType submissionType, Instant dueAt, LatePolicy latePolicy, Instant cutOffAt,
        List<RubricCriterion> rubric, int totalPoints, int passMark, PeerReviewSettings peerReview) {
}
