package org.collegium.library.search.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.collegium.library.search.Facet;
import org.collegium.library.search.LibrarySearch;
import org.collegium.library.search.SearchQuery;
import org.collegium.library.search.SearchResults;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The library's search as JSON: the same search as the page, with its facets and highlighted passages. */
@RestController
@Tag(name = "Library", description = "Published resources of the municipal e-library")
class LibrarySearchApiController {

    private final LibrarySearch search;
    private final FacetLabels labels;
    private final MessageSource messages;

    LibrarySearchApiController(LibrarySearch search, FacetLabels labels, MessageSource messages) {
        this.search = search;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/library/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search published resources: full text in any language, facets with counts, passages "
            + "with the words found in <mark> (the rest escaped)")
    @ApiResponse(responseCode = "200", description = "One page of results with the facets over all of them")
    @ApiResponse(responseCode = "400", description = "A search that cannot be run (only operators, for example)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    SearchResponse search(
            @Parameter(description = "Words to search for, simple query syntax (\"phrase\", -word, a | b, prefix*)")
            @RequestParam(required = false) String q,
            @Parameter(description = "Kinds of resource, e.g. CASE_STUDY") @RequestParam(required = false) List<String> kind,
            @Parameter(description = "Themes, e.g. DECENTRALISED_COOPERATION") @RequestParam(required = false) List<String> theme,
            @Parameter(description = "SDG goals, 1 to 17") @RequestParam(required = false) List<String> sdg,
            @Parameter(description = "Sendai Framework priorities, 1 to 4") @RequestParam(required = false) List<String> sendai,
            @Parameter(description = "Countries, ISO 3166-1 alpha-2, e.g. BJ") @RequestParam(required = false) List<String> country,
            @Parameter(description = "Regions, e.g. AFRICA") @RequestParam(required = false) List<String> region,
            @Parameter(description = "Languages of the document, ISO 639-1, e.g. fr") @RequestParam(required = false) List<String> language,
            @Parameter(description = "Years of issue, e.g. 2023") @RequestParam(required = false) List<String> year,
            @Parameter(description = "Publishing or creating organisations, by name") @RequestParam(required = false) List<String> organisation,
            @Parameter(description = "relevance (default) or date (newest first)") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 0; 20 results a page") @RequestParam(required = false) String page,
            Locale locale) {
        var parameters = new LinkedMultiValueMap<String, String>();
        add(parameters, "q", q == null ? List.of() : List.of(q));
        add(parameters, "kind", kind);
        add(parameters, "theme", theme);
        add(parameters, "sdg", sdg);
        add(parameters, "sendai", sendai);
        add(parameters, "country", country);
        add(parameters, "region", region);
        add(parameters, "language", language);
        add(parameters, "year", year);
        add(parameters, "organisation", organisation);
        add(parameters, "sort", sort == null ? List.of() : List.of(sort));
        add(parameters, "page", page == null ? List.of() : List.of(page));
        SearchQuery query = SearchRequests.from(parameters, locale);
        SearchResults results = search.search(query);
        if (results.problem().isPresent()) {
            throw new UnsearchableQuery(results.problem().get());
        }
        return SearchResponse.of(results, labels, locale);
    }

    private static void add(LinkedMultiValueMap<String, String> parameters, String name, List<String> values) {
        if (values != null) {
            parameters.addAll(name, values);
        }
    }

    @ExceptionHandler(UnsearchableQuery.class)
    ProblemDetail unsearchable(UnsearchableQuery e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("https://collegium.org/problems/bad-request"));
        problem.setTitle(messages.getMessage("problem.bad-request", null, locale));
        problem.setDetail(messages.getMessage(e.getMessage(), null, locale));
        problem.setProperty("errors", Map.of("q", messages.getMessage(e.getMessage(), null, locale)));
        return problem;
    }

    static class UnsearchableQuery extends RuntimeException {
        UnsearchableQuery(String code) {
            super(code);
        }
    }

    record SearchResponse(
            @Schema(description = "The words searched for, as they were searched") String q,
            long total, int page, int totalPages, List<Hit> results,
            @Schema(description = "Per facet parameter, its values with their counts over all results")
            Map<String, List<FacetValue>> facets) {

        static SearchResponse of(SearchResults results, FacetLabels labels, Locale locale) {
            var facets = new LinkedHashMap<String, List<FacetValue>>();
            for (Facet facet : Facet.values()) {
                facets.put(facet.parameter(), results.facets().getOrDefault(facet, List.of()).stream()
                        .map(count -> new FacetValue(count.value(), labels.label(facet, count.value(), locale),
                                count.count(), count.chosen()))
                        .toList());
            }
            var hits = results.hits().stream().map(hit -> new Hit(hit.id().toString(), hit.kind().name(),
                    hit.title().text(), hit.title().language(), hit.issued(), hit.example(), hit.snippets(),
                    "/library/resources/" + hit.id())).toList();
            return new SearchResponse(results.query().text().value(), results.total(), results.query().page(),
                    results.totalPages(), hits, facets);
        }
    }

    record Hit(String id, String kind, String title,
            @Schema(description = "The language the title is in (ISO 639-1)") String language, LocalDate issued,
            @Schema(description = "An illustrative example rather than a real case") boolean example,
            @ArraySchema(schema = @Schema(description = "HTML: escaped text, the words found in <mark>"))
            List<String> snippets,
            @Schema(description = "The resource's permanent page") String url) {
    }

    record FacetValue(String value, String label, long count, boolean chosen) {
    }
}
