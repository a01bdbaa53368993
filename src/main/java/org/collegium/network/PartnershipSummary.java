package org.collegium.network;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as lists show it, with its parties.
 */
public record PartnershipSummary(PartnershipId id, String title, PartnershipKind kind, PartnershipStatus status,
        LocalDate signedOn, String signedAt, List<OrganisationSummary> parties) {
}
