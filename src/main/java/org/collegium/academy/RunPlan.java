package org.collegium.academy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.collegium.identity.AccountId;

/**
 * What an author decides for a run. Self-paced runs are always open and ignore the dates and the capacity; cohorts
 * need a start and an end, and may limit their enrolment window and their seats.
 *
 * @param language the language the cohort works in
 * @param capacity the number of seats, or null for no limit
 * @param enrolmentOpens when enrolment opens, or null when it is open from now on
 * @param enrolmentCloses when enrolment closes, or null when it stays open until the run ends
 * @param zone the time zone that gives the dates their meaning (the cohort's own)
 * @param facilitators accounts holding the FACILITATOR role in the course's academy
 */
public record RunPlan(RunKind kind, String language, EnrolmentPolicy policy, Integer capacity, Instant enrolmentOpens,
        Instant enrolmentCloses, Instant starts, Instant ends, ZoneId zone, Set<AccountId> facilitators) {

    public RunPlan {
        facilitators = facilitators == null ? Set.of() : Set.copyOf(facilitators);
    }
}
