package org.collegium.network;

import java.time.LocalDate;

/**
 * The other side of a membership, seen from one organisation's page.
 *
 * @param since when the membership began, if known
 */
public record MembershipView(OrganisationSummary organisation, String acronym, LocalDate since) {
}
