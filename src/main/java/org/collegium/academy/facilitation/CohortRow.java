package org.collegium.academy.facilitation;

import org.collegium.academy.CohortMember;

/**
 * A learner's line in the cohort view and its export.
 *
 * @param organisation the organisation's name, or empty
 * @param country the ISO code of the learner's country (profile, else organisation), or empty
 * @param countryName the country in the viewer's language, or empty
 * @param percent activities done out of those required, rounded down
 */
public record CohortRow(CohortMember member, String name, String email, String organisation, String country,
        String countryName, int required, int percent, boolean behind) {

    /** Nothing done yet. */
    public boolean notStarted() {
        return member.done() == 0 && member.lastActivity() == null && !member.completed();
    }
}
