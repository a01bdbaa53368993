package org.collegium.academy.assignment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerReviewRepository extends JpaRepository<PeerReview, UUID> {

    List<PeerReview> findByAssignmentId(UUID assignmentId);

    List<PeerReview> findByAssignmentIdAndReviewerIdOrderByAllocatedAtAscIdAsc(UUID assignmentId, UUID reviewerId);

    List<PeerReview> findBySubmissionIdOrderByGivenAtAscIdAsc(UUID submissionId);

    /** Whether the reviewer holds a live review (allocated or given) of a submission that handed in the file. */
    @Query("""
            select count(r) > 0 from PeerReview r, Submission s join s.versions v
            where r.submissionId = s.id and r.reviewerId = :reviewer and v.fileId = :file
              and r.status in (org.collegium.academy.assignment.PeerReview.Status.ALLOCATED,
                               org.collegium.academy.assignment.PeerReview.Status.GIVEN)""")
    boolean reviewsFile(@Param("reviewer") UUID reviewer, @Param("file") UUID file);
}
