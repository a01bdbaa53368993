package org.collegium.library.search.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.collegium.library.search.Facet;
import org.collegium.library.search.SearchQuery;
import org.collegium.library.search.SearchSort;
import org.collegium.library.search.SearchText;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads a search from an address's parameters, and writes it back into addresses (pages, links). */
final class SearchRequests {

    static final int PAGE_SIZE = 20;

    private SearchRequests() {
    }

    static SearchQuery from(MultiValueMap<String, String> parameters, Locale locale) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        return new SearchQuery(SearchText.of(parameters.getFirst("q")), filters, sort(parameters.getFirst("sort")),
                number(parameters.getFirst("page")), PAGE_SIZE, locale);
    }

    static SearchSort sort(String value) {
        return "date".equalsIgnoreCase(value) ? SearchSort.DATE : SearchSort.RELEVANCE;
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The address of this search without its page number, ready for {@code page=n} to be appended. */
    static String pageLink(String path, SearchQuery query) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (!query.text().isBlank()) {
            uri.queryParam("q", query.text().value());
        }
        query.filters().forEach((facet, values) -> values.stream().sorted()
                .forEach(value -> uri.queryParam(facet.parameter(), value)));
        if (query.sort() == SearchSort.DATE) {
            uri.queryParam("sort", "date");
        }
        String link = uri.encode().build().toUriString();
        return link + (link.contains("?") ? "&" : "?");
    }
}
