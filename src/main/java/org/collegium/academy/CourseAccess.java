package org.collegium.academy;

import java.util.Optional;

import org.collegium.identity.AccountId;

/**
 * Who may do what with a course: the questions every part of the e-Academy asks before it shows or changes anything.
 */
public interface CourseAccess {

    /** Administrators and facilitators of the course's academy, and platform administrators. */
    boolean mayAuthor(AccountId account, CourseId course);

    /** Whether the account holds an ACTIVE or COMPLETED enrolment in a run of the course. */
    boolean isLearnerOf(AccountId account, CourseId course);

    /** The accounts holding an ACTIVE or COMPLETED enrolment in a run of the course (see {@link #isLearnerOf}). */
    java.util.Set<AccountId> learnersOf(CourseId course);

    /** The run's facilitators, the administrators of its academy, and platform administrators. */
    boolean mayFacilitate(AccountId account, CourseRunId run);

    /** The activity, whether published or not; empty if it does not exist. */
    Optional<ActivityReference> activity(ActivityId activity);

    /**
     * Whether the account may open the activity as a learner (published, and the account learns in the course) or as
     * an author of the course.
     */
    boolean mayOpen(AccountId account, ActivityId activity);
}
