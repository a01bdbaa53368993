package org.collegium.library.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collegium.library.search.Facet;
import org.collegium.library.search.SearchHit;
import org.collegium.library.search.SearchResults;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * What the search page shows: the search as typed, the hits of this page, the facets with labelled values, and the
 * pager's page.
 */
record SearchPage(String text, String sort, SearchResults results, List<FacetGroup> facets, Page<SearchHit> page,
        String pageLink) {

    record FacetGroup(Facet facet, String parameter, List<FacetOption> options) {
    }

    record FacetOption(String value, String label, long count, boolean chosen) {
    }

    static SearchPage of(SearchResults results, FacetLabels labels, Locale locale, String path) {
        var query = results.query();
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            var options = results.facets().getOrDefault(facet, List.of()).stream()
                    .map(count -> new FacetOption(count.value(), labels.label(facet, count.value(), locale),
                            count.count(), count.chosen()))
                    .toList();
            if (!options.isEmpty()) {
                groups.add(new FacetGroup(facet, facet.parameter(), options));
            }
        }
        long total = Math.min(results.total(), (long) results.totalPages() * query.size());
        Page<SearchHit> page = new PageImpl<>(results.hits(), PageRequest.of(query.page(), query.size()),
                Math.max(total, results.hits().size()));
        return new SearchPage(query.text().value(), query.sort().name().toLowerCase(Locale.ROOT), results,
                List.copyOf(groups), page, SearchRequests.pageLink(path, query));
    }
}
