package org.collegium.academy;

import org.collegium.identity.AccountId;

/**
 * A learner's places in an academy's runs, counted in SQL, for figures by country and kind of organisation.
 *
 * @param enrolments the learner's places (active or completed)
 * @param active those of them in which the learner completed an activity since a given instant
 * @param completions those the learner completed
 */
public record LearnerFigures(AccountId learner, int enrolments, int active, int completions) {
}
