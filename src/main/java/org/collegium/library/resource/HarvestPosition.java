package org.collegium.library.resource;

import java.time.Instant;
import java.util.UUID;

/** Where a harvest stopped: the last record it returned, in the order of last change then id. */
public record HarvestPosition(Instant changedAt, UUID id) {
}
