package org.collegium.academy.assignment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GradeRepository extends JpaRepository<Grade, UUID> {

    boolean existsByAssignmentId(UUID assignmentId);
}
