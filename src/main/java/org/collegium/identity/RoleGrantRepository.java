package org.collegium.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrantRepository extends JpaRepository<RoleGrant, UUID> {

    boolean existsByAccountIdAndRoleAndScopeId(UUID accountId, Role role, UUID scopeId);

    List<RoleGrant> findByAccountId(UUID accountId);

    List<RoleGrant> findByRoleAndScopeId(Role role, UUID scopeId);

    List<RoleGrant> findByRoleAndScopeIdAndAccountIdIn(Role role, UUID scopeId, Collection<UUID> accountIds);

    long deleteByAccountIdAndRoleAndScopeId(UUID accountId, Role role, UUID scopeId);
}
