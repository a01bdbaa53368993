package org.collegium.network;

import java.util.List;

/**
 * An agreement with its objectives, in order, in the language they were written in.
 */
public record PartnershipView(PartnershipSummary summary, List<String> objectives, String language) {
}
