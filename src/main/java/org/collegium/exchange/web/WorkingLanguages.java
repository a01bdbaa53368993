package org.collegium.exchange.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The working languages a request form offers, named in the viewer's language. */
final class WorkingLanguages {

    /** The languages the programmes work in; a request may name others through the API. */
    static final List<String> OFFERED = List.of("en", "fr", "es", "pt", "ar", "ru", "de", "nl", "it", "sw");

    private WorkingLanguages() {
    }

    static String name(String code, Locale viewer) {
        String name = Locale.of(code).getDisplayLanguage(viewer);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(viewer) + name.substring(1);
    }

    static List<Choice> named(Collection<String> codes, Locale viewer) {
        return codes.stream().distinct().map(code -> new Choice(code, name(code, viewer)))
                .sorted(Comparator.comparing(Choice::label, Collator.getInstance(viewer))).toList();
    }
}
