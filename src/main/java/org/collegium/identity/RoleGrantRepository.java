package org.collegium.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrantRepository extends JpaRepository<RoleGrant, UUID> {

    boolean existsByAccountIdAndRoleAndScopeId(UUID accountId, Role role, UUID scopeId);

    List<RoleGrant> findByAccountId(UUID accountId);

    List<RoleGrant> findByRoleAndScopeId(Role role, UUID scopeId);

    long deleteByAccountIdAndRoleAndScopeId(UUID accountId, Role role, UUID scopeId);
}
