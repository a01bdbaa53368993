package org.collegium.exchange.selection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewerRepository extends JpaRepository<Reviewer, Reviewer.Key> {

    @Query("select r from Reviewer r where r.key.call = :call order by r.appointedAt")
    List<Reviewer> findByCall(UUID call);

    @Query("select r.key.call from Reviewer r where r.key.account = :account")
    List<UUID> callsOf(UUID account);
}
