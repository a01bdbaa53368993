package org.collegium.library.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One search of the library: the text typed, the values chosen per facet (a resource matches when it has one of the
 * chosen values of every facet with a choice), the order and the page.
 *
 * @param page zero-based
 */
public record SearchQuery(SearchText text, Map<Facet, Set<String>> filters, SearchSort sort, int page, int size,
        Locale locale) {

    public static final int MAX_PAGE_SIZE = 50;
    /** Deep pages cost the index a lot and help nobody: refine the search instead. */
    public static final int MAX_PAGE = 200;
    /** Values chosen per facet, at most. */
    public static final int MAX_VALUES = 20;

    public SearchQuery {
        var copy = new EnumMap<Facet, Set<String>>(Facet.class);
        filters.forEach((facet, values) -> {
            Set<String> kept = values.stream().map(String::strip).filter(value -> !value.isEmpty())
                    .filter(value -> value.length() <= 100).limit(MAX_VALUES)
                    .collect(Collectors.toUnmodifiableSet());
            if (!kept.isEmpty()) {
                copy.put(facet, kept);
            }
        });
        filters = Collections.unmodifiableMap(copy);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.clamp(page, 0, MAX_PAGE);
        size = Math.clamp(size, 1, MAX_PAGE_SIZE);
    }

    public static SearchQuery of(String text, Locale locale) {
        return new SearchQuery(SearchText.of(text), Map.of(), SearchSort.RELEVANCE, 0, 20, locale);
    }

    public SearchQuery with(Facet facet, String... values) {
        var copy = new EnumMap<Facet, Set<String>>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, Set.of(values));
        return new SearchQuery(text, copy, sort, page, size, locale);
    }

    public SearchQuery sortedBy(SearchSort order) {
        return new SearchQuery(text, filters, order, page, size, locale);
    }

    public SearchQuery page(int number) {
        return new SearchQuery(text, filters, sort, number, size, locale);
    }

    public Set<String> chosen(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
