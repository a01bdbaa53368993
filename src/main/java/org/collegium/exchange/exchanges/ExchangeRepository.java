package org.collegium.exchange.exchanges;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ExchangeRepository extends JpaRepository<Exchange, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Exchange e where e.id = :id")
    Optional<Exchange> lockById(UUID id);

    boolean existsByExpression(UUID expression);

    @EntityGraph(attributePaths = "participants")
    @Query("select e from Exchange e where e.programme = :programme order by e.startsOn, e.id")
    List<Exchange> findByProgramme(UUID programme);
}
