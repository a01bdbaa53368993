package org.collegium.academy.quiz;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<Question, UUID> {

    List<Question> findByAcademyIdOrderByCreatedAtDesc(UUID academyId);

    List<Question> findByIdIn(Collection<UUID> ids);

    /** The ids a random draw picks from, in a stable order so that a seed always gives the same draw. */
    @Query("select q.id from Question q where q.academyId = :academy order by q.id")
    List<UUID> idsOfAcademy(UUID academy);

    @Query("select distinct q.id from Question q join q.tags t where q.academyId = :academy and t in :tags "
            + "order by q.id")
    List<UUID> idsOfAcademyTagged(UUID academy, Collection<String> tags);
}
