package org.collegium.library.resource;

import java.time.Instant;

/** A published version of a resource, as the resource page lists it. */
public record VersionSummary(int number, Instant publishedAt) {
}
