package org.collegium.exchange;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> lockById(UUID id);
}
