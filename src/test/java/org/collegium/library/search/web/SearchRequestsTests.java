package org.collegium.library.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.collegium.library.search.Facet;
import org.collegium.library.search.SearchSort;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class SearchRequestsTests {

    @Test
    void readsTextFacetsSortAndPageFromTheAddress() {
        var parameters = new LinkedMultiValueMap<String, String>();
        parameters.add("q", "coopération décentralisée");
        parameters.add("country", "BJ");
        parameters.add("country", "ML");
        parameters.add("sdg", "11");
        parameters.add("unknown", "x");
        parameters.add("sort", "date");
        parameters.add("page", "2");

        var query = SearchRequests.from(parameters, Locale.FRENCH);

        assertThat(query.text().value()).isEqualTo("coopération décentralisée");
        assertThat(query.chosen(Facet.COUNTRY)).containsExactlyInAnyOrder("BJ", "ML");
        assertThat(query.chosen(Facet.SDG)).containsExactly("11");
        assertThat(query.sort()).isEqualTo(SearchSort.DATE);
        assertThat(query.page()).isEqualTo(2);
        assertThat(SearchRequests.pageLink("/library", query))
                .isEqualTo("/library?q=coop%C3%A9ration%20d%C3%A9centralis%C3%A9e&sdg=11&country=BJ&country=ML&sort=date&");
    }

    @Test
    void badPageNumbersAndSortsFallBackToTheDefaults() {
        var parameters = new LinkedMultiValueMap<String, String>();
        parameters.add("page", "lots");
        parameters.add("sort", "<script>");

        var query = SearchRequests.from(parameters, Locale.ENGLISH);

        assertThat(query.page()).isZero();
        assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(SearchRequests.pageLink("/library", query)).isEqualTo("/library?");
    }
}
