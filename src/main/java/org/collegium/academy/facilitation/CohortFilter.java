package org.collegium.academy.facilitation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which learners of a cohort a page, an export or a message is about: a group, words of their name or organisation,
 * and a country. Blank parts match everyone.
 */
public record CohortFilter(Show show, String words, String country) {

    /** The groups of learners a facilitator looks at. Labels: {@code facilitation.cohort.show.<NAME>}. */
    public enum Show {
        ALL, BEHIND, NOT_STARTED, COMPLETED
    }

    public CohortFilter {
        show = show == null ? Show.ALL : show;
        words = words == null ? "" : words.strip();
        if (words.length() > 100) {
            words = words.substring(0, 100);
        }
        country = country == null || country.isBlank() ? "" : country.strip().toUpperCase(Locale.ROOT);
    }

    public static CohortFilter everyone() {
        return new CohortFilter(Show.ALL, "", "");
    }

    boolean matches(CohortRow row) {
        boolean inGroup = switch (show) {
            case ALL -> true;
            case BEHIND -> row.behind();
            case NOT_STARTED -> row.notStarted();
            case COMPLETED -> row.member().completed();
        };
        if (!inGroup || (!country.isEmpty() && !country.equals(row.country()))) {
            return false;
        }
        String haystack = fold(row.name() + " " + row.organisation());
        return searchWords().stream().allMatch(haystack::contains);
    }

    private List<String> searchWords() {
        return Arrays.stream(fold(words).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
