package org.collegium.academy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Read models of runs and their learners for facilitation: cohort views, figures and mails. Each method costs a fixed
 * number of SQL statements whatever the number of learners. No access check here: callers ask
 * {@link CourseAccess#mayFacilitate} or {@link AcademyAccess} first.
 */
public interface Cohorts {

    /**
     * One page of the runs the account facilitates and of every run of the given academies, each once, with their
     * counts; latest start first (self-paced runs, without a start, before them), then latest made first.
     */
    Page<CohortSummary> runs(org.collegium.identity.AccountId facilitator, Collection<AcademyId> academies,
            Pageable page);

    /** The run with its learners (active or completed) and their progress; empty when there is no such run. */
    Optional<Cohort> cohort(CourseRunId run);

    /**
     * Per run of the academy that has learners, its figures, from one GROUP BY statement (plus one for the runs'
     * starts); an enrolment is active when it completed an activity after {@code activeSince}.
     */
    List<RunFigures> figuresPerRun(AcademyId academy, Instant activeSince);

    /** Per learner of the academy's runs, the learner's figures, from one GROUP BY statement. */
    List<LearnerFigures> figuresPerLearner(AcademyId academy, Instant activeSince);

    /** The active learners of cohort runs that start after {@code from} and no later than {@code to}. */
    List<StartingEnrolment> starting(Instant from, Instant to);
}
