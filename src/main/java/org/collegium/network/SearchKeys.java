package org.collegium.network;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The form in which names are searched: without accents, in lower case, single-spaced, so that
 * "Bogotá", "BOGOTA" and "bogota" find the same organisation in every database.
 */
final class SearchKeys {

    static final int MAX_LENGTH = 240;

    private SearchKeys() {
    }

    static String of(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String key = Normalizer.normalize(joined, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('ı', 'i')
                .replace("ß", "ss")
                .replace('đ', 'd').replace('Đ', 'd')
                .replace('ł', 'l').replace('Ł', 'l')
                .replace('ø', 'o').replace('Ø', 'o')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    /** A LIKE pattern that finds the key anywhere, with the pattern's own wildcards escaped. */
    static String containing(String query) {
        String key = of(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }
}
