package org.collegium.exchange.matching;

import java.util.List;

import org.collegium.exchange.ExpertiseRequestView;

/** An open request and the practitioners of one organisation who fit it, best first. */
public record RequestFit(ExpertiseRequestView request, List<PractitionerMatch> practitioners) {

    public RequestFit {
        practitioners = List.copyOf(practitioners);
    }

    public int bestScore() {
        return practitioners.isEmpty() ? 0 : practitioners.getFirst().match().score();
    }
}
