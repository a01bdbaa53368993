package org.collegium.academy;

import java.util.List;
import java.util.Optional;

import org.collegium.identity.AccountId;

/**
 * Learners joining and leaving runs, and their progress. Capacity is never exceeded: enrolment changes of a run
 * are serialised on the run. Refusals raise a {@link CourseRefusal} (codes of the enrolment bundle); nothing is
 * written then.
 */
public interface Enrolments {

    /**
     * Enrols the learner: ACTIVE when a seat is free, else WAITING (self-service and accepted invitations);
     * PENDING_APPROVAL when the run needs approval.
     */
    EnrolmentStatus enrol(AccountId learner, CourseRunId run);

    /** Leaves the run; a freed seat goes to the first learner waiting. */
    void withdraw(AccountId learner, CourseRunId run);

    void approve(AccountId actor, EnrolmentId enrolment);

    void decline(AccountId actor, EnrolmentId enrolment);

    /** Invites an address to a run; the account with it (now or later) may then enrol. */
    void invite(AccountId actor, CourseRunId run, String email);

    /** The run's learners for its facilitators, with their progress. */
    List<EnrolmentSummary> roster(AccountId actor, CourseRunId run);

    /** The learner's enrolments (withdrawn ones left out), with progress and the next activity to do. */
    List<LearningSummary> learningOf(AccountId learner);

    /**
     * Opens an activity: for an enrolled learner of a published activity (marked VIEWED when that completes it), or
     * for an author (who may ask for the learner's preview). Anyone else gets a 404 or, signed in, a 403.
     */
    LearnerActivity open(Optional<AccountId> viewer, ActivityId activity, boolean preview);

    /** The activities of the course the learner completed, in any of their runs. */
    java.util.Set<ActivityId> completedBy(AccountId learner, CourseId course);
}
