package org.collegium.academy.course;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleRepository extends JpaRepository<CourseModule, UUID> {

    @Query("select m.course.id from CourseModule m where m.id = :id")
    Optional<UUID> courseOf(UUID id);
}
