package org.collegium.network;

/**
 * An organisation as the directory lists it.
 *
 * @param acronym short name, or null
 * @param country ISO 3166-1 alpha-2 code, or null for international organisations
 */
public record DirectoryEntry(OrganisationId id, String slug, String name, String acronym, OrganisationKind kind,
        String country, String region) {

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(id, slug, name, kind, country);
    }
}
