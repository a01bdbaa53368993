package org.collegium.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CallRepository extends JpaRepository<Call, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Call c where c.id = :id")
    Optional<Call> lockById(UUID id);

    List<Call> findByProgrammeOrderByOpensAtDesc(UUID programme);

    /** The calls open at {@code second}: the server's clock truncated to the second, as a deadline is to the second. */
    @Query("select c from Call c where c.opensAt <= :second and c.deadlineAt >= :second order by c.deadlineAt, c.id")
    List<Call> findOpenAt(Instant second);
}
