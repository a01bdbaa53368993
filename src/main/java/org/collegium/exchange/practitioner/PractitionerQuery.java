package org.collegium.exchange.practitioner;

import java.util.Set;

import org.collegium.network.OrganisationId;

/**
 * Which practitioners of the registry to read; every part is optional (null or empty: no condition).
 *
 * @param functions any of these function codes
 * @param topic has this topic of expertise
 * @param language speaks this language (ISO 639-1), at any level
 * @param countries works in one of these countries
 * @param window available at least one day within it
 * @param organisation works for this organisation
 */
public record PractitionerQuery(Set<String> functions, String topic, String language, Set<String> countries,
        Availability window, OrganisationId organisation) {

    public static final PractitionerQuery ALL = new PractitionerQuery(Set.of(), null, null, Set.of(), null, null);

    public PractitionerQuery {
        functions = functions == null ? Set.of() : Set.copyOf(functions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }
}
