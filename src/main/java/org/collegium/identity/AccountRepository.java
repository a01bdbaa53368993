package org.collegium.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    List<Account> findByIdIn(Collection<UUID> ids);

    @Query("select a.id as id, a.organisationId as organisation, a.country as country from Account a where a.id in :ids")
    List<AffiliationRow> findAffiliations(@Param("ids") Collection<UUID> ids);

    interface AffiliationRow {
        UUID getId();

        UUID getOrganisation();

        String getCountry();
    }

    /** Accounts whose name or address contains the pattern ({@code %text%}, lower case, LIKE-escaped with \). */
    @Query("select a from Account a where lower(a.displayName) like :pattern escape '\\' or a.emailKey like :pattern escape '\\'")
    Page<Account> search(@Param("pattern") String pattern, Pageable pageable);
}
