package org.collegium.exchange.expression;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an expression: its safe download name, the type its content showed, and its size in bytes. */
public record AttachmentView(UUID id, String name, String mediaType, long size, Instant uploadedAt) {
}
