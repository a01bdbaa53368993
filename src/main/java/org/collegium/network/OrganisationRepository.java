package org.collegium.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findBySlug(String slug);

    @Query("select o from Organisation o left join fetch o.description where o.slug = :slug")
    Optional<Organisation> findWithDescriptionBySlug(String slug);

    List<Organisation> findByIdIn(Collection<UUID> ids);

    boolean existsBySlug(String slug);

    Optional<Organisation> findFirstByNameIgnoreCase(String name);

    @Query("select o from Organisation o where o.searchKey like :pattern escape '\\' order by o.name, o.id")
    List<Organisation> findBySearchKeyLike(String pattern, Limit limit);

    /** Organisations whose key is, starts with or ends with the given key (patterns already escaped). */
    @Query("""
            select o from Organisation o
            where o.searchKey = :key or o.searchKey like :prefix escape '\\' or o.searchKey like :suffix escape '\\'""")
    List<Organisation> findNameCandidates(String key, String prefix, String suffix);

    @Query("select distinct o.country from Organisation o where o.country is not null")
    List<String> findCountriesInUse();
}
