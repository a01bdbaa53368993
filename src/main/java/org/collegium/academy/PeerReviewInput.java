package org.collegium.academy;

import java.util.List;

/** A peer's review: a level per rubric criterion (or none, for comments only) and a plain-text comment. */
public record PeerReviewInput(List<Integer> levels, String comment) {

    public PeerReviewInput {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
