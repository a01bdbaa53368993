package org.collegium.exchange.practitioner;

import java.util.List;
import java.util.Set;

import org.collegium.identity.AccountId;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.OrganisationId;

/**
 * A practitioner of the registry as pages and matching read it.
 *
 * @param name the person's display name
 * @param country the organisation's country (ISO 3166-1 alpha-2), when it has one
 * @param languages by language code
 * @param availability by first day
 */
public record PractitionerView(AccountId account, String name, OrganisationId organisation, String country,
        String jobTitle, String function, String responsibilities, Set<String> topics,
        List<SpokenLanguage> languages, String internationalExperience, List<Availability> availability) {

    /** A practitioner has international experience when they say what it is. */
    public boolean hasInternationalExperience() {
        return internationalExperience != null && !internationalExperience.isBlank();
    }

    /** The profile as its edit form starts. */
    public PractitionerProfile profile() {
        return new PractitionerProfile(organisation, jobTitle, function, responsibilities, topics, languages,
                internationalExperience, availability);
    }
}
