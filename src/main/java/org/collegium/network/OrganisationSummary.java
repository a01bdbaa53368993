package org.collegium.network;

/**
 * An organisation as list pages and other modules show it.
 *
 * @param country ISO 3166-1 alpha-2 code, or null for international organisations
 */
public record OrganisationSummary(OrganisationId id, String slug, String name, OrganisationKind kind, String country) {
}
