package org.collegium.identity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where. Every module asks here, on the server, before it lets anyone act on an object.
 */
@Service
@Transactional(readOnly = true)
public class Roles {

    /** The scope of platform-wide roles. */
    public static final UUID PLATFORM = new UUID(0, 0);

    private final RoleGrantRepository grants;
    private final Clock clock;

    Roles(RoleGrantRepository grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    @Transactional
    public void grant(AccountId account, Role role, UUID scope) {
        UUID scopeId = scopeOf(role, scope);
        if (!grants.existsByAccountIdAndRoleAndScopeId(account.value(), role, scopeId)) {
            grants.save(new RoleGrant(account, role, scopeId, clock.instant()));
        }
    }

    @Transactional
    public void revoke(AccountId account, Role role, UUID scope) {
        grants.deleteByAccountIdAndRoleAndScopeId(account.value(), role, scopeOf(role, scope));
    }

    /** Whether the account holds exactly this role in this scope. */
    public boolean holds(AccountId account, Role role, UUID scope) {
        return grants.existsByAccountIdAndRoleAndScopeId(account.value(), role, scopeOf(role, scope));
    }

    /** Whether the account holds the role in the scope, or administers the whole platform. */
    public boolean mayAct(AccountId account, Role role, UUID scope) {
        return isPlatformAdministrator(account) || holds(account, role, scope);
    }

    public boolean isPlatformAdministrator(AccountId account) {
        return holds(account, Role.PLATFORM_ADMINISTRATOR, PLATFORM);
    }

    public List<AccountId> holders(Role role, UUID scope) {
        return grants.findByRoleAndScopeId(role, scopeOf(role, scope)).stream().map(RoleGrant::account).toList();
    }

    /** The scopes (academies, organisations) in which the account holds the role. */
    public Set<UUID> scopesOf(AccountId account, Role role) {
        return grants.findByAccountId(account.value()).stream()
                .filter(grant -> grant.role() == role)
                .map(RoleGrant::scopeId)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static UUID scopeOf(Role role, UUID scope) {
        if (role.scope() == Role.Scope.PLATFORM) {
            return PLATFORM;
        }
        return Objects.requireNonNull(scope, () -> role + " needs a scope");
    }
}
