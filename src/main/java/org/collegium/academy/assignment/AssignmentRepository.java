package org.collegium.academy.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    @EntityGraph(attributePaths = "rubric")
    Optional<Assignment> findByActivityId(UUID activityId);

    boolean existsByActivityId(UUID activityId);

    /** Serialises submissions, withdrawals and reallocation of one assignment, which all rework its reviews. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> lockById(UUID id);

    @Query("select distinct r.assignmentId from PeerReview r where r.status = 'ALLOCATED' and r.dueAt < :now")
    List<UUID> withOverdueReviews(java.time.Instant now);
}
