package org.collegium.academy.course;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    @Query("select a.courseId from Activity a where a.id = :id")
    Optional<UUID> courseOf(UUID id);

    /** Whether any learner has completed the activity (progress lives in the enrolment tables). */
    @Query(value = "select count(*) from activity_completion where activity_id = :id", nativeQuery = true)
    long progressOn(UUID id);
}
