package org.collegium.network;

/**
 * A search of the directory; every part is optional.
 *
 * @param text words of the name or acronym, case and accents ignored
 * @param country ISO 3166-1 alpha-2 code
 */
public record DirectoryQuery(String text, OrganisationKind kind, String country) {

    public static final int TEXT_MAX = 200;

    public DirectoryQuery {
        text = text == null ? "" : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
    }

    public boolean isEmpty() {
        return text.isEmpty() && kind == null && country == null;
    }
}
