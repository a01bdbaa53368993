package org.collegium.network;

import java.util.UUID;

/**
 * A focal point of an organisation: public pages show only the name.
 */
public record FocalPointView(UUID accountId, String displayName) {
}
