package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void dropsControlCharactersAndFoldsWhiteSpace() {
        assertThat(SearchText.of("\u0000eau\u0007  potable\t\n\u202ebénin\u2028").value()).isEqualTo("eau potable bénin");
    }

    @Test
    void cutsLongTextWithoutSplittingACharacter() {
        String typed = "a".repeat(SearchText.MAX_LENGTH - 1) + "😀😀";
        SearchText text = SearchText.of(typed);

        assertThat(text.value()).hasSize(SearchText.MAX_LENGTH - 1);
        assertThat(SearchText.of("é".repeat(500)).value()).hasSize(SearchText.MAX_LENGTH);
    }

    @Test
    void knowsTextMadeOnlyOfOperators() {
        assertThat(SearchText.of("((( ||| --- \"\" ** ~").isSyntaxOnly()).isTrue();
        assertThat(SearchText.of("\"eau\" -potable").isSyntaxOnly()).isFalse();
        assertThat(SearchText.of(null).isBlank()).isTrue();
        assertThat(SearchText.of("  ").isSyntaxOnly()).isFalse();
    }

    @Test
    void aQueryKeepsItsLimits() {
        SearchQuery query = new SearchQuery(SearchText.of("eau"),
                Map.of(Facet.COUNTRY, Set.of(" BJ ", "", "x".repeat(101))), null, -4, 1000, Locale.FRENCH);

        assertThat(query.chosen(Facet.COUNTRY)).containsExactly("BJ");
        assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(SearchQuery.MAX_PAGE_SIZE);
        assertThat(query.page(10_000).page()).isEqualTo(SearchQuery.MAX_PAGE);
    }
}
