package org.collegium.academy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read models of runs and their learners for facilitation: cohort views, figures and mails. Each method costs a fixed
 * number of SQL statements whatever the number of learners. No access check here: callers ask
 * {@link CourseAccess#mayFacilitate} or {@link AcademyAccess} first.
 */
public interface Cohorts {

    /** The runs the account facilitates and every run of the given academies, each once, with their counts. */
    List<CohortSummary> runs(org.collegium.identity.AccountId facilitator, Collection<AcademyId> academies);

    /** The run with its learners (active or completed) and their progress; empty when there is no such run. */
    Optional<Cohort> cohort(CourseRunId run);

    /** Every enrolment of the academy's runs but withdrawn ones, for its figures. */
    List<EnrolmentFact> enrolmentsIn(AcademyId academy);

    /** The active learners of cohort runs that start after {@code from} and no later than {@code to}. */
    List<StartingEnrolment> starting(Instant from, Instant to);
}
