package org.collegium.library;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a resource, as its page lists it. */
public record ResourceFileView(UUID id, String originalName, String mediaType, long sizeBytes, Instant uploadedAt) {
}
