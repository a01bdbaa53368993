package org.collegium.exchange.selection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SelectionCriterionRepository extends JpaRepository<SelectionCriterion, UUID> {

    @Query("select c from SelectionCriterion c where c.programme = :programme order by c.position")
    List<SelectionCriterion> findByProgramme(UUID programme);

    @Modifying
    @Query("delete from SelectionCriterion c where c.programme = :programme")
    void deleteByProgramme(UUID programme);
}
