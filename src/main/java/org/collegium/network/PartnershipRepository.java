package org.collegium.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, UUID> {

    /** The agreements an organisation is party to, with all their parties, in one query. */
    @Query("""
            select p from Partnership p left join fetch p.parties
            where p.id in (select q.id from Partnership q join q.parties party where party = :organisation)
            order by p.signedOn desc nulls last, p.title""")
    List<Partnership> findWithPartiesByParty(UUID organisation);

    @Query("select p from Partnership p left join fetch p.parties where p.id = :id")
    Optional<Partnership> findWithParties(UUID id);

    @Query("select p from Partnership p left join fetch p.objectives where p.id = :id")
    Optional<Partnership> findWithObjectives(UUID id);

    boolean existsByTitle(String title);
}
