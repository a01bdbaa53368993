package org.collegium.library.search.web;

import java.util.Locale;

import org.collegium.library.search.Facet;
import org.collegium.network.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The name of a facet's value in the viewer's language: kinds, themes, goals, countries, languages… */
@Component
class FacetLabels {

    private final MessageSource messages;

    FacetLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(Facet facet, String value, Locale locale) {
        return switch (facet) {
            case KIND -> message("library.kind." + value, value, locale);
            case THEME -> message("identity.expertise." + value, value, locale);
            case SDG -> messages.getMessage("search.facet.numbered", new Object[] {
                    message("library.sdg.goal", value, locale, value), message("library.sdg." + value, "", locale)},
                    value, locale);
            case SENDAI -> message("library.sendai.priority." + value, value, locale);
            case COUNTRY -> Countries.isKnown(value) ? Countries.name(value, locale) : value;
            case REGION -> message("library.region." + value, value, locale);
            case LANGUAGE -> languageName(value, locale);
            case YEAR, ORGANISATION -> value;
        };
    }

    private String message(String code, String fallback, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, fallback, locale);
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
