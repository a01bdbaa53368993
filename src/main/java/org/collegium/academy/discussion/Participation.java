package org.collegium.academy.discussion;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a forum and who moderates it. This is the one place to change when enrolments exist: then
 * the learners are those enrolled in the forum's course rather than every learner of the academy.
 */
@Component
class Participation {

    private final AcademyAccess access;
    private final Roles roles;

    Participation(AcademyAccess access, Roles roles) {
        this.access = access;
        this.roles = roles;
    }

    /** Administrators and facilitators of the academy, and the platform's administrators. */
    boolean isStaff(Optional<AccountId> account, AcademyId academy) {
        return access.mayAdminister(account, academy) || access.may(account, Role.FACILITATOR, academy);
    }

    boolean mayParticipate(Optional<AccountId> account, AcademyId academy) {
        return isStaff(account, academy)
                || account.map(id -> roles.holds(id, Role.LEARNER, academy.value())).orElse(false);
    }

    /** Everyone who takes part in the academy's forums, for notifications. */
    Set<AccountId> audience(AcademyId academy) {
        Set<AccountId> people = new LinkedHashSet<>();
        for (Role role : new Role[] {Role.ACADEMY_ADMINISTRATOR, Role.FACILITATOR, Role.LEARNER}) {
            people.addAll(roles.holders(role, academy.value()));
        }
        return people;
    }
}
