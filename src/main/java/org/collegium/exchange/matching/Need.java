package org.collegium.exchange.matching;

import java.util.Set;

import org.collegium.exchange.ExchangeMethod;

/**
 * What an expertise request asks for, as the ranking reads it.
 *
 * @param functions the counterpart functions (vocabulary codes) sought
 * @param families the families of those functions: a candidate in one of them has comparable responsibilities
 * @param topic the topic of expertise (vocabulary code), or null
 * @param languages the working languages (ISO 639-1 codes)
 * @param window when the exchange should take place, or null when the request does not say
 * @param methods the exchange methods the request prefers
 */
public record Need(Set<String> functions, Set<String> families, String topic, Set<String> languages, Period window,
        Set<ExchangeMethod> methods) {

    public Need {
        functions = Set.copyOf(functions);
        families = Set.copyOf(families);
        languages = Set.copyOf(languages);
        methods = Set.copyOf(methods);
    }
}
