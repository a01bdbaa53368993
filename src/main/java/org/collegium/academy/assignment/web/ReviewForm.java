package org.collegium.academy.assignment.web;

import java.util.ArrayList;
import java.util.List;

import org.collegium.academy.PeerReviewInput;

/**
 * A peer's review as typed: the level chosen for each criterion (by position, none for a comment only) and a
 * comment.
 */
record ReviewForm(List<Integer> levels, String comment) {

    ReviewForm {
        levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
        comment = comment == null ? "" : comment;
    }

    static ReviewForm empty() {
        return new ReviewForm(List.of(), "");
    }

    /** Whether this level was chosen for the criterion, to keep the choice when the form comes back. */
    public boolean chose(int criterion, int level) {
        return criterion < levels.size() && levels.get(criterion) != null && levels.get(criterion) == level;
    }

    PeerReviewInput toInput() {
        boolean none = levels.stream().allMatch(level -> level == null);
        return new PeerReviewInput(none ? List.of() : levels, comment);
    }
}
