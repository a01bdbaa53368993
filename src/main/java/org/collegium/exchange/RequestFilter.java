package org.collegium.exchange;

/**
 * Narrows the list of open requests; a null or blank criterion does not narrow.
 *
 * @param country the requesting association's country (ISO 3166-1 alpha-2)
 * @param topic a topic code of the {@link Vocabulary}
 * @param language an ISO 639-1 working language
 */
public record RequestFilter(String country, String topic, ExchangeMethod method, String language) {

    public static final RequestFilter NONE = new RequestFilter(null, null, null, null);

    public RequestFilter {
        country = blankToNull(country);
        topic = blankToNull(topic);
        language = blankToNull(language);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
