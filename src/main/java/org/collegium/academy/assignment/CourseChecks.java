package org.collegium.academy.assignment;

import java.util.Optional;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * The course-level questions assignments ask, one method each, so that the course core can answer them when it
 * lands (facilitators of the run, learners enrolled in the course). Until then they are answered per academy.
 */
@Component
class CourseChecks {

    private final AcademyAccess access;
    private final Roles roles;

    CourseChecks(AcademyAccess access, Roles roles) {
        this.access = access;
        this.roles = roles;
    }

    /** May this account see every submission of the assignment and grade it? Today: staff of its academy. */
    boolean isStaff(AccountId account, AcademyId academy) {
        Optional<AccountId> who = Optional.ofNullable(account);
        return access.may(who, Role.FACILITATOR, academy) || access.may(who, Role.ACADEMY_ADMINISTRATOR, academy);
    }

    /** Is this account a learner of the assignment's course? Today: holds the learner role in its academy. */
    boolean isEnrolledLearner(AccountId account, AcademyId academy) {
        return account != null && roles.holds(account, Role.LEARNER, academy.value());
    }
}
