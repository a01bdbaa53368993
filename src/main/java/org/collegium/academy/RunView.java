package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.collegium.identity.AccountId;

/**
 * A run of a course as its page shows it.
 *
 * @param capacity the number of seats, or null for no limit
 * @param seatsTaken the learners holding a seat (active or completed)
 * @param waiting the learners on the waiting list
 * @param enrolmentOpen whether enrolment is open now
 * @param viewerStatus the viewer's enrolment in this run, or null
 */
public record RunView(CourseRunId id, CourseId course, RunKind kind, String language, EnrolmentPolicy policy,
        Integer capacity, int seatsTaken, int waiting, Instant enrolmentOpens, Instant enrolmentCloses, Instant starts,
        Instant ends, ZoneId zone, List<AccountId> facilitators, boolean enrolmentOpen, EnrolmentStatus viewerStatus,
        List<LiveSessionView> sessions) {

    /** Seats still free, or null when the run has no limit. */
    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }

    public boolean isFull() {
        return capacity != null && seatsTaken >= capacity;
    }

    public boolean isCohort() {
        return kind == RunKind.COHORT;
    }
}
