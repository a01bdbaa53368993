package org.collegium.exchange.matching;

import java.time.LocalDate;

/**
 * What the secretariat looks for in the practitioner registry; blank parts do not narrow. A function narrows to its
 * family (the same function ranks first, comparable responsibilities next); a family narrows to its functions.
 *
 * @param language ISO 639-1 code
 * @param country ISO 3166-1 alpha-2 code
 */
public record RegistrySearch(String function, String family, String topic, String language, String country,
        LocalDate availableFrom, LocalDate availableTo) {

    public static final RegistrySearch NONE = new RegistrySearch(null, null, null, null, null, null, null);

    public RegistrySearch {
        function = blankToNull(function);
        family = blankToNull(family);
        topic = blankToNull(topic);
        language = blankToNull(language);
        country = blankToNull(country);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
