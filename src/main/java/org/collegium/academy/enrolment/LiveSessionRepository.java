package org.collegium.academy.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LiveSessionRepository extends JpaRepository<LiveSession, UUID> {

    @Query("select s from LiveSession s where s.runId in :runs order by s.starts, s.id")
    List<LiveSession> findByRuns(Collection<UUID> runs);
}
