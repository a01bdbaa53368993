package org.collegium.library.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a search: its hits, how many there are in all, the facet counts over every hit, and, when the text
 * could not be searched, the bundle key of the message that says why (then there are no hits).
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, Map<Facet, List<FacetCount>> facets,
        Optional<String> problem) {

    static SearchResults refused(SearchQuery query, String problem) {
        return new SearchResults(query, List.of(), 0, Map.of(), Optional.of(problem));
    }

    /** The same results as the answer to another query that finds the same (another locale of the same language). */
    SearchResults answering(SearchQuery other) {
        return new SearchResults(other, hits, total, facets, problem);
    }

    public int totalPages() {
        return (int) Math.min(SearchQuery.MAX_PAGE + 1, (total + query.size() - 1) / query.size());
    }

    /** How many values of a facet match, most frequent first. */
    public record FacetCount(String value, long count, boolean chosen) {
    }
}
