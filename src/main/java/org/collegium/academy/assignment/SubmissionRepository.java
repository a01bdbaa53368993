package org.collegium.academy.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    @EntityGraph(attributePaths = "versions")
    Optional<Submission> findByAssignmentIdAndLearnerId(UUID assignmentId, UUID learnerId);

    List<Submission> findByAssignmentIdAndFirstSubmittedAtNotNullOrderByFirstSubmittedAtAscIdAsc(UUID assignmentId);

    @EntityGraph(attributePaths = "versions")
    List<Submission> findByIdIn(java.util.Collection<UUID> ids);
}
