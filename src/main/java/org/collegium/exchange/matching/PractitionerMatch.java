package org.collegium.exchange.matching;

import org.collegium.exchange.practitioner.PractitionerView;

/** A practitioner of the registry where a ranking puts them, with the score and reasons. */
public record PractitionerMatch(PractitionerView practitioner, Match match) {

    /** Same function, comparable responsibilities or the request's topic: what makes a colleague a colleague. */
    public boolean fits() {
        return match.reasons().stream().anyMatch(reason -> reason instanceof Reason.SameFunction
                || reason instanceof Reason.ComparableResponsibilities || reason instanceof Reason.KnowsTopic);
    }
}
