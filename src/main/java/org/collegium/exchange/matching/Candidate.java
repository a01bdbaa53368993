package org.collegium.exchange.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;

/**
 * A practitioner of the registry, or an expression of interest, as the ranking reads it.
 *
 * @param id a stable identifier, the last tie-break
 * @param name the name shown, the second tie-break
 * @param function the candidate's function (vocabulary code), or null
 * @param family the family of that function, or null
 * @param topics the topics of expertise (vocabulary codes)
 * @param languages the languages spoken (ISO 639-1 codes) and how well
 * @param availability when the candidate is available
 * @param methods the methods offered (expressions of interest; empty for a practitioner of the registry)
 */
public record Candidate(String id, String name, String function, String family, Set<String> topics,
        Map<String, LanguageLevel> languages, List<Period> availability, Set<ExchangeMethod> methods,
        boolean internationalExperience) {

    public Candidate {
        topics = Set.copyOf(topics);
        languages = Map.copyOf(languages);
        availability = List.copyOf(availability);
        methods = Set.copyOf(methods);
    }
}
