package org.collegium.library.review;

import java.time.Instant;
import java.util.UUID;

import org.collegium.library.ResourceId;

/**
 * A peer analysis or comment as one viewer reads it: whether they wrote it (and may edit it), whether they moderate
 * it. Hidden ones are listed to editors only.
 */
public record ContributionView(UUID id, ResourceId resource, ContributionKind kind, String author,
        String strengths, String weaknesses, String recommendations, String body, boolean hidden, Instant createdAt,
        Instant updatedAt, boolean mine, boolean mayModerate) {

    public boolean isAnalysis() {
        return kind == ContributionKind.ANALYSIS;
    }

    public boolean wasEdited() {
        return updatedAt.isAfter(createdAt);
    }
}
