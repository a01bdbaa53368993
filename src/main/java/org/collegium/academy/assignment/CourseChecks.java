package org.collegium.academy.assignment;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.CourseAccess;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * The course-level questions assignments ask, answered by the course core: staff are the authors and facilitators
 * of the course's academy (and platform administrators), learners are those enrolled in a run of the course.
 */
@Component
class CourseChecks {

    private final CourseAccess access;

    CourseChecks(CourseAccess access) {
        this.access = access;
    }

    /** May this account see every submission of the activity's assignment and grade it? */
    boolean isStaff(AccountId account, ActivityId activity) {
        return account != null && access.activity(activity)
                .map(reference -> access.mayAuthor(account, reference.course())).orElse(false);
    }

    /** May this account set up the assignment of this activity, which must belong to the given academy? */
    boolean isStaffOf(AccountId account, ActivityId activity, AcademyId academy) {
        return account != null && access.activity(activity)
                .filter(reference -> reference.academy().equals(academy))
                .map(reference -> access.mayAuthor(account, reference.course())).orElse(false);
    }

    /** Is this account enrolled (active or completed) in a run of the activity's course? */
    boolean isEnrolledLearner(AccountId account, ActivityId activity) {
        return account != null && access.activity(activity)
                .map(reference -> access.isLearnerOf(account, reference.course())).orElse(false);
    }
}
