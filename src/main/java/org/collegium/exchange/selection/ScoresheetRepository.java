package org.collegium.exchange.selection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ScoresheetRepository extends JpaRepository<Scoresheet, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Scoresheet s where s.expression = :expression and s.reviewer = :reviewer")
    Optional<Scoresheet> lockByExpressionAndReviewer(UUID expression, UUID reviewer);

    @EntityGraph(attributePaths = "scores")
    @Query("select s from Scoresheet s where s.expression = :expression")
    List<Scoresheet> findByExpression(UUID expression);

    @EntityGraph(attributePaths = "scores")
    @Query("select s from Scoresheet s where s.call = :call")
    List<Scoresheet> findByCall(UUID call);

    @Query("select s from Scoresheet s where s.call = :call and s.reviewer = :reviewer")
    List<Scoresheet> findByCallAndReviewer(UUID call, UUID reviewer);

    @Query("select count(s) > 0 from Scoresheet s where s.call in :calls")
    boolean anyIn(Collection<UUID> calls);
}
