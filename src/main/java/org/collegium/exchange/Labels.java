package org.collegium.exchange;

import java.util.Locale;
import java.util.Map;

/** The label of a vocabulary term in the viewer's language, falling back to English, then to the code. */
final class Labels {

    private Labels() {
    }

    static String in(Map<Locale, String> labels, Locale language, String code) {
        String label = labels.get(Locale.of(language.getLanguage()));
        if (label == null) {
            label = labels.get(Locale.ENGLISH);
        }
        return label == null ? code : label;
    }
}
