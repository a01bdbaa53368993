package org.collegium.academy.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RunRepository extends JpaRepository<CourseRun, UUID> {

    @Query("select r from CourseRun r where r.courseId = :course order by r.starts nulls first, r.createdAt, r.id")
    List<CourseRun> findByCourse(UUID course);

    @Query("select r from CourseRun r where r.courseId in :courses")
    List<CourseRun> findByCourses(Collection<UUID> courses);

    @Query("select r from CourseRun r where r.id in :ids")
    List<CourseRun> findByIds(Collection<UUID> ids);

    /** Locks the run: every change to its enrolments waits here, so capacity holds under concurrent requests. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CourseRun r where r.id = :id")
    Optional<CourseRun> lockById(UUID id);

    @Query("select distinct r from CourseRun r join r.facilitators f where f = :account")
    List<CourseRun> findFacilitatedBy(UUID account);

    @Query("select r from CourseRun r where r.courseId in (select c.id from Course c where c.academyId in :academies)")
    List<CourseRun> findInAcademies(Collection<UUID> academies);

    /**
     * The runs the account facilitates and those of the academies, a page of them: latest start first (no start
     * first), then latest made first. {@code academies} must not be empty (pass an id that matches nothing).
     */
    @Query(value = "select r from CourseRun r where :account member of r.facilitators"
            + " or r.courseId in (select c.id from Course c where c.academyId in :academies)"
            + " order by r.starts desc nulls first, r.createdAt desc, r.id",
            countQuery = "select count(r) from CourseRun r where :account member of r.facilitators"
                    + " or r.courseId in (select c.id from Course c where c.academyId in :academies)")
    org.springframework.data.domain.Page<CourseRun> findFollowed(UUID account, Collection<UUID> academies,
            org.springframework.data.domain.Pageable page);

    @Query("select r from CourseRun r where r.kind = org.collegium.academy.RunKind.COHORT and r.starts > :from"
            + " and r.starts <= :to")
    List<CourseRun> findStartingBetween(java.time.Instant from, java.time.Instant to);
}
