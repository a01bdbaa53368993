package org.collegium.network;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Countries as ISO 3166-1 alpha-2 codes, named in the viewer's language.
 */
public final class Countries {

    private static final Set<String> CODES = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

    private Countries() {
    }

    /** Whether the code is an ISO 3166-1 alpha-2 country code (upper case). */
    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The country's name in the given language; empty for null (international organisations). */
    public static String name(String code, Locale language) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** The given countries, sorted by their name in the given language. */
    public static List<Country> named(Collection<String> codes, Locale language) {
        Collator collator = Collator.getInstance(language);
        return codes.stream().filter(Countries::isKnown)
                .map(code -> new Country(code, name(code, language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /** Every country, sorted by name in the given language (for forms). */
    public static List<Country> all(Locale language) {
        return named(CODES, language);
    }

    public record Country(String code, String name) {
    }
}
