package org.collegium.library.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The dimensions a search can be narrowed by, each counted over the matching resources. The parameter is the
 * name used in addresses ({@code /library?country=BJ&sdg=11}) and in the API.
 */
public enum Facet {

    KIND("kind"),
    THEME("theme"),
    SDG("sdg"),
    SENDAI("sendai"),
    COUNTRY("country"),
    REGION("region"),
    LANGUAGE("language"),
    YEAR("year"),
    ORGANISATION("organisation");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The keyword field of the index that holds this facet's values. */
    public String field() {
        return "facet_" + parameter;
    }

    public static Optional<Facet> ofParameter(String parameter) {
        for (Facet facet : values()) {
            if (facet.parameter.equals(parameter.toLowerCase(Locale.ROOT))) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
