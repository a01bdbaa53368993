package org.collegium.exchange.practitioner;

import java.util.List;
import java.util.Set;

import org.collegium.identity.SpokenLanguage;
import org.collegium.network.OrganisationId;

/**
 * A practitioner's profile as it is written: all of it at once.
 *
 * @param organisation the local or regional government the person is a member of and works for
 * @param function a function code of the vocabulary
 * @param topics topic codes of the vocabulary
 * @param internationalExperience what the person did abroad or with foreign colleagues; blank when nothing
 */
public record PractitionerProfile(OrganisationId organisation, String jobTitle, String function, String responsibilities,
        Set<String> topics, List<SpokenLanguage> languages, String internationalExperience,
        List<Availability> availability) {

    public PractitionerProfile {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        languages = languages == null ? List.of() : List.copyOf(languages);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }
}
