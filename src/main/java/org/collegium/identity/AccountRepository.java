package org.collegium.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    List<Account> findByIdIn(Collection<UUID> ids);
}
