package org.collegium.academy.course;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, UUID>, JpaSpecificationExecutor<Course> {

    @Query("select c from Course c where c.academyId = :academyId and c.slug = :slug")
    Optional<Course> findBySlug(UUID academyId, String slug);

    @Query("select c from Course c where c.academyId = :academyId order by c.sortKey, c.id")
    List<Course> findByAcademy(UUID academyId);

    @Query("select c from Course c where c.id in :ids")
    List<Course> findByIds(Collection<UUID> ids);

    @Query("select count(c) > 0 from Course c where c.academyId = :academyId and c.slug = :slug")
    boolean slugTaken(UUID academyId, String slug);

    /** Serialises changes to one course's outline, so that two authors never number two items alike. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> lockById(UUID id);
}
