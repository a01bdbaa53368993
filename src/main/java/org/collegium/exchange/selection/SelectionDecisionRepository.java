package org.collegium.exchange.selection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelectionDecisionRepository extends JpaRepository<SelectionDecision, UUID> {

    @Query("select d from SelectionDecision d where d.call = :call")
    List<SelectionDecision> findByCall(UUID call);
}
