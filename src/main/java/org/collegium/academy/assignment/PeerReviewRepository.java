package org.collegium.academy.assignment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeerReviewRepository extends JpaRepository<PeerReview, UUID> {

    List<PeerReview> findByAssignmentId(UUID assignmentId);

    List<PeerReview> findByAssignmentIdAndReviewerIdOrderByAllocatedAtAscIdAsc(UUID assignmentId, UUID reviewerId);

    List<PeerReview> findBySubmissionIdOrderByGivenAtAscIdAsc(UUID submissionId);
}
