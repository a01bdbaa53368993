package org.collegium.academy;

import java.util.Optional;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The tenant check: who may act in which academy. Every handler of an academy's private pages and every change
 * asks here, for the academy its address names; later, course pages ask the same for facilitators and learners.
 */
@Service
public class AcademyAccess {

    private final Roles roles;

    AcademyAccess(Roles roles) {
        this.roles = roles;
    }

    /** Whether the account holds the role in this academy, or administers the platform. */
    public boolean may(Optional<AccountId> account, Role role, AcademyId academy) {
        requireAcademyRole(role);
        return account.map(id -> roles.mayAct(id, role, academy.value())).orElse(false);
    }

    public boolean mayAdminister(Optional<AccountId> account, AcademyId academy) {
        return may(account, Role.ACADEMY_ADMINISTRATOR, academy);
    }

    /** Refuses (403) anyone but the academy's administrators and the platform's. */
    public void checkAdministrator(Optional<AccountId> account, AcademyId academy) {
        if (!mayAdminister(account, academy)) {
            throw new AccessDeniedException("not an administrator of academy " + academy.value());
        }
    }

    public void checkPlatformAdministrator(Optional<AccountId> account) {
        if (account.map(roles::isPlatformAdministrator).orElse(false)) {
            return;
        }
        throw new AccessDeniedException("not a platform administrator");
    }

    private static void requireAcademyRole(Role role) {
        if (role.scope() != Role.Scope.ACADEMY) {
            throw new IllegalArgumentException(role + " is not a role in an academy");
        }
    }
}
