package org.collegium.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertiseRequestRepository extends JpaRepository<ExpertiseRequest, UUID> {

    @EntityGraph(attributePaths = {"beneficiaries", "functions", "languages", "methods"})
    List<ExpertiseRequest> findByCallOrderByFiledAt(UUID call);

    /**
     * The requests of the calls open at {@code second} (the server's clock truncated to the second: a call is open
     * through its deadline's second), narrowed by each criterion that is not null.
     */
    @EntityGraph(attributePaths = {"beneficiaries", "functions", "languages", "methods"})
    @Query("""
            select distinct r from ExpertiseRequest r
            where r.call in (select c.id from Call c where c.opensAt <= :second and c.deadlineAt >= :second)
              and (:country is null or r.associationCountry = :country)
              and (:topic is null or r.topic = :topic)
              and (:method is null or :method member of r.methods)
              and (:language is null or :language member of r.languages)
            order by r.filedAt, r.id""")
    List<ExpertiseRequest> findOpen(Instant second, String country, String topic, ExchangeMethod method, String language);
}
