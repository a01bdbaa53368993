package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;

import org.collegium.identity.AccountId;

/**
 * An active learner of a cohort run about to start.
 *
 * @param firstSession the run's first live session, or null
 */
public record StartingEnrolment(EnrolmentId enrolment, AccountId learner, CourseRunId run, CourseId course,
        Instant starts, Instant ends, ZoneId zone, LiveSessionView firstSession) {
}
