package org.collegium.academy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collegium.identity.AccountId;

/**
 * The runs of courses, their in-person or online sessions and the attendance taken at them. Runs are scheduled by
 * the course's authors; sessions and attendance by the run's facilitators (see {@link CourseAccess#mayFacilitate}).
 * Others get an {@link org.springframework.security.access.AccessDeniedException}; refused input a
 * {@link CourseRefusal}.
 */
public interface CourseRuns {

    CourseRunId schedule(AccountId actor, CourseId course, RunPlan plan);

    /** The runs of a course, next first, with the viewer's enrolment in each. */
    List<RunView> runsOf(Optional<AccountId> viewer, CourseId course);

    RunView get(Optional<AccountId> viewer, CourseRunId run);

    /** For each course, the run whose enrolment is open or opens next, if any: a fixed number of statements. */
    Map<CourseId, RunView> nextRuns(Collection<CourseId> courses);

    LiveSessionId addSession(AccountId actor, CourseRunId run, SessionPlan plan);

    /** Marks learners present or absent; presence completes the session's ATTENDED activity. */
    void recordAttendance(AccountId actor, LiveSessionId session, Map<EnrolmentId, Boolean> presence);

    /** Who was marked present (true) or absent (false) at the session, for its facilitators. */
    Map<EnrolmentId, Boolean> attendance(AccountId actor, LiveSessionId session);
}
