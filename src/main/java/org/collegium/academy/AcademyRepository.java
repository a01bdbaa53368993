package org.collegium.academy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AcademyRepository extends JpaRepository<Academy, UUID> {

    @EntityGraph(attributePaths = {"languages", "description"})
    Optional<Academy> findBySlug(String slug);

    @EntityGraph(attributePaths = {"languages", "description"})
    @Query("select distinct a from Academy a order by a.name")
    List<Academy> findAllWithTexts();

    boolean existsBySlug(String slug);

    /** Serialises changes to one academy's staff, so that two removals cannot leave it without administrator. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Academy a where a.id = :id")
    Optional<Academy> lockById(UUID id);
}
