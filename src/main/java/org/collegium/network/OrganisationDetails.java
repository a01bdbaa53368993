package org.collegium.network;

import java.util.Objects;

/**
 * What editors say about an organisation (its description apart).
 *
 * @param acronym optional short name, such as NALAS or CEMR
 * @param country ISO 3166-1 alpha-2 code, or null for international organisations
 * @param website an http or https address, or null
 */
public record OrganisationDetails(String name, String acronym, OrganisationKind kind, String country, String region,
        String website) {

    public static final int NAME_MAX = 200;
    public static final int ACRONYM_MAX = 20;
    public static final int REGION_MAX = 120;

    /** Refuses details that break the directory's rules, naming the rule. */
    public void check() {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new IllegalArgumentException("An organisation needs a name of at most " + NAME_MAX + " characters");
        }
        if (acronym != null && acronym.strip().length() > ACRONYM_MAX) {
            throw new IllegalArgumentException("An acronym has at most " + ACRONYM_MAX + " characters");
        }
        if (region != null && region.strip().length() > REGION_MAX) {
            throw new IllegalArgumentException("A region has at most " + REGION_MAX + " characters");
        }
        if (country != null && !country.isBlank() && !Countries.isKnown(country.strip())) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + country);
        }
        if (website != null && !website.isBlank() && !WebAddresses.isValid(website)) {
            throw new IllegalArgumentException("A website must be an http or https address");
        }
    }
}
