package org.collegium.exchange;

import java.util.Locale;
import java.util.Map;

/** A topic of expertise of the controlled vocabulary, such as food security or human resources management. */
public record TopicTerm(String code, Map<Locale, String> labels) {

    public String label(Locale language) {
        return Labels.in(labels, language, code);
    }
}
