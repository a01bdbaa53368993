package org.collegium.library;

import java.time.Instant;

import org.collegium.network.OrganisationId;

/** A library editor published a resource; {@code version} is the number of the version this publication made. */
public record ResourcePublished(ResourceId resource, OrganisationId network, int version, Instant publishedAt) {
}
