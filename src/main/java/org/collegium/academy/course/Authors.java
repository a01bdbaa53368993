package org.collegium.academy.course;

import java.util.Optional;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who authors the courses of an academy: its administrators and facilitators, and platform administrators.
 */
@Component
class Authors {

    private final AcademyAccess access;

    Authors(AcademyAccess access) {
        this.access = access;
    }

    boolean may(Optional<AccountId> account, AcademyId academy) {
        return access.may(account, Role.ACADEMY_ADMINISTRATOR, academy) || access.may(account, Role.FACILITATOR, academy);
    }

    void check(AccountId account, AcademyId academy) {
        if (!may(Optional.ofNullable(account), academy)) {
            throw new AccessDeniedException("may not author the courses of academy " + academy.value());
        }
    }
}
