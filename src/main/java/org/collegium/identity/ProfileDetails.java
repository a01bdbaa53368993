package org.collegium.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a person tells others about themselves, and how they want the interface: read and written as a whole.
 *
 * @param organisationId the organisation they work for (see {@link OrganisationChoices}), or null
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param uiLanguage the interface language they prefer, or null to follow the browser
 * @param timeZone an IANA zone id, or null to follow the browser
 */
public record ProfileDetails(String displayName, UUID organisationId, String jobTitle, JobFunction jobFunction,
        String country, List<SpokenLanguage> languages, Set<ExpertiseTopic> expertise, Locale uiLanguage,
        String timeZone) {

    public ProfileDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
    }
}
