package org.collegium.academy.discussion;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.CourseView;
import org.collegium.academy.Courses;
import org.collegium.academy.CourseId;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a forum and who moderates it: the learners enrolled in the forum's course (an ACTIVE or COMPLETED
 * enrolment in one of its runs) and the staff of the course's academy.
 */
@Component
class Participation {

    private final AcademyAccess access;
    private final Roles roles;
    private final CourseAccess courses;
    private final Courses outlines;

    Participation(AcademyAccess access, Roles roles, CourseAccess courses, Courses outlines) {
        this.access = access;
        this.roles = roles;
        this.courses = courses;
        this.outlines = outlines;
    }

    /** Administrators and facilitators of the academy, and the platform's administrators. */
    boolean isStaff(Optional<AccountId> account, AcademyId academy) {
        return access.mayAdminister(account, academy) || access.may(account, Role.FACILITATOR, academy);
    }

    boolean mayParticipate(Optional<AccountId> account, AcademyId academy, CourseId course) {
        return isStaff(account, academy) || account.map(id -> courses.isLearnerOf(id, course)).orElse(false);
    }

    /**
     * Whether the account may open the forum of a course of this academy, or of one of the course's modules: the
     * people who may take part in it. A course of another academy, or a module of another course, opens nothing.
     */
    boolean mayOpen(Optional<AccountId> account, AcademyId academy, CourseId course, CourseModuleId module) {
        if (!mayParticipate(account, academy, course)) {
            return false;
        }
        CourseView view = outlines.get(account, course);
        return view.course().academy().equals(academy)
                && (module == null || view.modules().stream().anyMatch(found -> found.id().equals(module)));
    }

    /** Everyone who takes part in the course's forums, for notifications: its enrolled learners and academy staff. */
    Set<AccountId> audience(AcademyId academy, CourseId course) {
        Set<AccountId> people = new LinkedHashSet<>();
        for (Role role : new Role[] {Role.ACADEMY_ADMINISTRATOR, Role.FACILITATOR}) {
            people.addAll(roles.holders(role, academy.value()));
        }
        people.addAll(courses.learnersOf(course));
        return people;
    }
}
