package org.collegium.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /** One page of the open requests' ids, the latest filed first; see {@link #findOpen}. */
    @Query(value = """
            select r.id from ExpertiseRequest r
            where r.call in (select c.id from Call c where c.opensAt <= :second and c.deadlineAt >= :second)
              and (:country is null or r.associationCountry = :country)
              and (:topic is null or r.topic = :topic)
              and (:method is null or :method member of r.methods)
              and (:language is null or :language member of r.languages)
            order by r.filedAt desc, r.id""", countQuery = """
            select count(r) from ExpertiseRequest r
            where r.call in (select c.id from Call c where c.opensAt <= :second and c.deadlineAt >= :second)
              and (:country is null or r.associationCountry = :country)
              and (:topic is null or r.topic = :topic)
              and (:method is null or :method member of r.methods)
              and (:language is null or :language member of r.languages)""")
    Page<UUID> findOpenIds(Instant second, String country, String topic, ExchangeMethod method, String language,
            Pageable page);

    @Query(value = "select r.id from ExpertiseRequest r where r.call = :call order by r.filedAt, r.id",
            countQuery = "select count(r) from ExpertiseRequest r where r.call = :call")
    Page<UUID> findIdsByCall(UUID call, Pageable page);

    @EntityGraph(attributePaths = {"beneficiaries", "functions", "languages", "methods"})
    @Query("select distinct r from ExpertiseRequest r where r.id in :ids")
    List<ExpertiseRequest> findWithDetails(Collection<UUID> ids);

    /** The working languages of the open requests, for the filter's choices. */
    @Query("""
            select distinct l from ExpertiseRequest r join r.languages l
            where r.call in (select c.id from Call c where c.opensAt <= :second and c.deadlineAt >= :second)""")
    List<String> findOpenLanguages(Instant second);
}
