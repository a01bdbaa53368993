package org.collegium.library;

import java.time.Instant;

import org.collegium.network.OrganisationId;

/** A library editor withdrew a published resource: it is no longer public, its page is a tombstone. */
public record ResourceWithdrawn(ResourceId resource, OrganisationId network, Instant withdrawnAt) {
}
