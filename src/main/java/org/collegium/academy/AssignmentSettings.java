package org.collegium.academy;

import java.time.Instant;
import java.util.List;

/**
 * Everything a facilitator sets on an assignment. Instructions are rich text, sanitised by an allow-list when
 * stored; due date and cut-off are instants, compared to the second; the pass mark is in points of the rubric.
 */
public record AssignmentSettings(String instructions, SubmissionType submissionType, Instant dueAt,
        LatePolicy latePolicy, Instant cutOffAt, List<RubricCriterion> rubric, int passMark,
        PeerReviewSettings peerReview) {

    public AssignmentSettings {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        peerReview = peerReview == null ? PeerReviewSettings.off() : peerReview;
    }
}
