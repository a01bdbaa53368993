package org.collegium.library.resource;

import java.time.Instant;

import org.collegium.library.ResourceKind;
import org.collegium.network.OrganisationId;

/**
 * Which public records a harvest asks for: changed from {@code from} (inclusive) and before {@code before}
 * (exclusive), each bound optional, in one set at most. A set narrows by kind, network, SDG goal or Sendai priority;
 * {@code anySdg} and {@code anySendai} ask for every record tagged with some goal or some priority.
 */
public record HarvestQuery(Instant from, Instant before, ResourceKind kind, OrganisationId network, Integer sdgGoal,
        Integer sendaiPriority, boolean anySdg, boolean anySendai) {

    public static HarvestQuery everything() {
        return new HarvestQuery(null, null, null, null, null, null, false, false);
    }

    public HarvestQuery between(Instant newFrom, Instant newBefore) {
        return new HarvestQuery(newFrom, newBefore, kind, network, sdgGoal, sendaiPriority, anySdg, anySendai);
    }
}
