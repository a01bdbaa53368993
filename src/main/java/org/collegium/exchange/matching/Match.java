package org.collegium.exchange.matching;

import java.util.List;

/** A candidate's place in a ranking: its score out of {@link Ranking#MAXIMUM} and the reasons for it, in order. */
public record Match(Candidate candidate, int score, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** Whether a reason warns (no shared working language). */
    public boolean flagged() {
        return reasons.stream().anyMatch(Reason::flag);
    }
}
