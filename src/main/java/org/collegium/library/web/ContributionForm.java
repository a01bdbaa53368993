package org.collegium.library.web;

import org.collegium.library.review.ContributionView;
import org.collegium.library.review.PeerAnalysis;

/** A peer analysis (three parts) or a comment (its body) as the forms give it. Travels in the session as flash. */
record ContributionForm(String strengths, String weaknesses, String recommendations, String body)
        implements java.io.Serializable {

    static ContributionForm of(ContributionView contribution) {
        return new ContributionForm(contribution.strengths(), contribution.weaknesses(),
                contribution.recommendations(), contribution.body());
    }

    PeerAnalysis analysis() {
        return new PeerAnalysis(strengths, weaknesses, recommendations);
    }
}
