package org.collegium.library.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceStatus;
import org.collegium.library.search.SearchResults.FacetCount;
import org.collegium.shared.i18n.LocalizedText;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.ProjectionCollector;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's search, in one place: full text across titles, abstracts, case-study sections and the text of
 * attached files, in the language-aware fields of {@link ResourceDocument}; facets with counts; highlighted
 * passages; related resources; titles as one types. Everything shown comes from the index (no database round trip)
 * and only published resources are ever returned. The same queries run on the Lucene and the OpenSearch backend.
 */
@Service
@Transactional(readOnly = true)
public class LibrarySearch {

    private static final EnumSet<SimpleQueryFlag> FLAGS = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);
    private static final int FACET_VALUES = 50;
    private static final int SNIPPETS = 2;
    private static final Logger log = LoggerFactory.getLogger(LibrarySearch.class);

    private final BrowseCache browsing;

    @PersistenceContext
    private EntityManager entityManager;

    LibrarySearch(BrowseCache browsing) {
        this.browsing = browsing;
    }

    /**
     * One page of results with the facets counted. Those of the search with no words and no facet chosen come from
     * the {@link BrowseCache} while the index has not changed.
     */
    public SearchResults search(SearchQuery query) {
        if (query.text().isSyntaxOnly()) {
            return SearchResults.refused(query, "search.problem.no-words");
        }
        try {
            return browsing.results(query, this::run);
        }
        catch (SearchException e) {
            log.warn("Search refused: {}", e.getMessage());
            return SearchResults.refused(query, "search.problem.invalid");
        }
    }

    private SearchResults run(SearchQuery query) {
        SearchSession session = Search.session(entityManager);
        var keys = new EnumMap<Facet, AggregationKey<Map<String, Long>>>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.parameter()));
        }
        String language = language(query.locale());
        var step = session.search(scope(session))
                .select(f -> f.composite().from(hitProjections(f, language).toArray(SearchProjection[]::new)).asList())
                .where(f -> matching(f, query, null))
                .sort(f -> order(f, query))
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180).numberOfFragments(SNIPPETS));
        for (Facet facet : Facet.values()) {
            if (query.chosen(facet).isEmpty()) {
                step = step.aggregation(keys.get(facet), f -> f.terms().field(facet.field(), String.class)
                        .maxTermCount(FACET_VALUES));
            }
        }
        var result = step.fetch(query.page() * query.size(), query.size());
        var facets = new EnumMap<Facet, List<FacetCount>>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = query.chosen(facet).isEmpty()
                    ? result.aggregation(keys.get(facet))
                    : countsWithoutOwnChoice(session, query, facet, keys.get(facet));
            facets.put(facet, counted(counts, query, facet));
        }
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, language)).toList();
        return new SearchResults(query, hits, result.total().hitCount(), Collections.unmodifiableMap(facets),
                Optional.empty());
    }

    private static SearchScope<Object> scope(SearchSession session) {
        return session.scope(Object.class, ResourceDocument.ENTITY);
    }

    /**
     * A facet with values chosen is counted as if none were chosen in it (the others kept), so that the other
     * values of the same facet can still be added to the choice.
     */
    private Map<String, Long> countsWithoutOwnChoice(SearchSession session, SearchQuery query, Facet facet,
            AggregationKey<Map<String, Long>> key) {
        return session.search(scope(session))
                .where(f -> matching(f, query, facet))
                .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(FACET_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    private static List<FacetCount> counted(Map<String, Long> counts, SearchQuery query, Facet facet) {
        var chosen = query.chosen(facet);
        List<FacetCount> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetCount(value, count, chosen.contains(value))));
        chosen.stream().filter(value -> !counts.containsKey(value)).sorted()
                .forEach(value -> values.add(new FacetCount(value, 0, true)));
        return List.copyOf(values);
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, Facet leftOut) {
        return f.bool(b -> {
            b.filter(published(f));
            if (query.text().isBlank()) {
                b.must(f.matchAll());
            }
            else {
                b.must(fullText(f, query.text().value()));
            }
            query.filters().forEach((facet, values) -> {
                if (facet != leftOut) {
                    b.filter(f.terms().field(facet.field()).matchingAny(values));
                }
            });
        });
    }

    private static PredicateFinalStep published(SearchPredicateFactory f) {
        return f.match().field(ResourceDocument.STATUS).matching(ResourceStatus.PUBLISHED.name());
    }

    private static PredicateFinalStep fullText(SearchPredicateFactory f, String text) {
        var fields = ResourceDocument.textFields().entrySet().iterator();
        var first = fields.next();
        var predicate = f.simpleQueryString().field(first.getKey()).boost(first.getValue());
        while (fields.hasNext()) {
            var next = fields.next();
            predicate = predicate.field(next.getKey()).boost(next.getValue());
        }
        return predicate.matching(text).defaultOperator(BooleanOperator.AND).flags(FLAGS);
    }

    private static SortFinalStep order(SearchSortFactory f, SearchQuery query) {
        if (query.sort() == SearchSort.DATE || query.text().isBlank()) {
            return f.field(ResourceDocument.ISSUED).desc().then().score().then().field(ResourceDocument.TITLE_SORT);
        }
        return f.score().then().field(ResourceDocument.ISSUED).desc();
    }

    /** The id, the facts shown in a list, the titles to choose from, then the highlighted passages. */
    private static List<SearchProjection<?>> hitProjections(SearchProjectionFactory<?, ?> f, String language) {
        List<SearchProjection<?>> projections = new ArrayList<>(summaryProjections(f, language));
        for (String name : List.of(ResourceDocument.ABSTRACT, ResourceDocument.SECTIONS, ResourceDocument.FILES)) {
            for (String group : ResourceDocument.GROUPS) {
                projections.add(f.highlight(ResourceDocument.field(name, group)).toProjection());
            }
        }
        return projections;
    }

    private static List<SearchProjection<?>> summaryProjections(SearchProjectionFactory<?, ?> f, String language) {
        return List.of(
                f.id(UUID.class).toProjection(),
                f.field(ResourceDocument.KIND, String.class).toProjection(),
                f.field(ResourceDocument.ISSUED, LocalDate.class).toProjection(),
                f.field(ResourceDocument.EXAMPLE, String.class).toProjection(),
                f.field(ResourceDocument.ORIGINAL_LANGUAGE, String.class).toProjection(),
                f.field(ResourceDocument.DISPLAY_TITLE, String.class).toProjection(),
                f.field(ResourceDocument.displayTitle(language), String.class).toProjection(),
                f.field(ResourceDocument.displayTitle("en"), String.class).toProjection());
    }

    private static final int SUMMARY_SIZE = 8;

    private static Summary summary(List<?> row, String language) {
        String original = (String) row.get(4);
        String originalTitle = (String) row.get(5);
        String title = (String) row.get(6);
        String english = (String) row.get(7);
        LocalizedText shown = title != null ? new LocalizedText(title, language, false)
                : originalTitle != null && !originalTitle.isEmpty() ? new LocalizedText(originalTitle, original, true)
                : english != null ? new LocalizedText(english, "en", true) : LocalizedText.NONE;
        return new Summary(new ResourceId((UUID) row.get(0)), ResourceKind.valueOf((String) row.get(1)), shown,
                (LocalDate) row.get(2), Boolean.parseBoolean((String) row.get(3)));
    }

    private record Summary(ResourceId id, ResourceKind kind, LocalizedText title,
            LocalDate issued, boolean example) {
    }

    private static SearchHit hit(List<?> row, String language) {
        Summary summary = summary(row, language);
        List<String> snippets = new ArrayList<>();
        for (int i = SUMMARY_SIZE; i < row.size() && snippets.size() < SNIPPETS; i++) {
            for (Object passage : (List<?>) row.get(i)) {
                if (snippets.size() < SNIPPETS) {
                    snippets.add(Snippets.safe((String) passage));
                }
            }
        }
        return new SearchHit(summary.id(), summary.kind(), summary.title(), List.copyOf(snippets), summary.issued(),
                summary.example());
    }

    /** The language of the stored titles to show: the viewer's, as a plain code. */
    static String language(Locale locale) {
        String code = locale == null ? "" : locale.getLanguage();
        return ResourceDocument.isLanguageCode(code) ? code : "en";
    }

    /**
     * Published resources that share the most themes, goals, priorities, countries and title words with the given
     * one, best first; none when it is not published.
     */
    public List<RelatedResource> related(ResourceId id, Locale locale, int limit) {
        try {
            SearchSession session = Search.session(entityManager);
            var facetsOf = session.search(scope(session))
                    .select(f -> f.composite().from(
                            f.field(Facet.THEME.field(), String.class).collector(
                                    ProjectionCollector.list()),
                            f.field(Facet.SDG.field(), String.class).collector(
                                    ProjectionCollector.list()),
                            f.field(Facet.SENDAI.field(), String.class).collector(
                                    ProjectionCollector.list()),
                            f.field(Facet.COUNTRY.field(), String.class).collector(
                                    ProjectionCollector.list()),
                            f.field(ResourceDocument.DISPLAY_TITLE, String.class)).asList())
                    .where(f -> f.bool().filter(published(f)).filter(f.id().matching(id.value())))
                    .fetchSingleHit();
            if (facetsOf.isEmpty()) {
                return List.of();
            }
            List<?> source = facetsOf.get();
            String words = ((String) source.get(4)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            String language = language(locale);
            return session.search(scope(session))
                    .select(f -> f.composite().from(summaryProjections(f, language).toArray(SearchProjection[]::new))
                            .asList())
                    .where(f -> f.bool(b -> {
                        b.filter(published(f));
                        b.mustNot(f.id().matching(id.value()));
                        b.minimumShouldMatchNumber(1);
                        shared(f, b, Facet.THEME, (List<?>) source.get(0), 3);
                        shared(f, b, Facet.SDG, (List<?>) source.get(1), 2);
                        shared(f, b, Facet.SENDAI, (List<?>) source.get(2), 2);
                        shared(f, b, Facet.COUNTRY, (List<?>) source.get(3), 1);
                        if (!words.isEmpty()) {
                            b.should(f.simpleQueryString().fields(titleAndAbstractFields()).matching(words)
                                    .defaultOperator(BooleanOperator.OR));
                        }
                    }))
                    .sort(f -> f.score().then().field(ResourceDocument.ISSUED).desc())
                    .fetchHits(Math.clamp(limit, 1, 20)).stream()
                    .map(row -> summary(row, language))
                    .map(related -> new RelatedResource(related.id(), related.kind(), related.title(), related.issued()))
                    .toList();
        }
        catch (SearchException e) {
            log.warn("Search refused: {}", e.getMessage());
            return List.of();
        }
    }

    private static void shared(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, Facet facet,
            List<?> values, float boost) {
        if (!values.isEmpty()) {
            b.should(f.terms().field(facet.field()).matchingAny(values).boost(boost));
        }
    }

    private static String[] titleAndAbstractFields() {
        List<String> fields = new ArrayList<>();
        for (String group : ResourceDocument.GROUPS) {
            fields.add(ResourceDocument.field(ResourceDocument.TITLE, group));
            fields.add(ResourceDocument.field(ResourceDocument.ABSTRACT, group));
        }
        return fields.toArray(String[]::new);
    }

    /** Published titles with words beginning as typed, for suggestions as one types. */
    public List<Suggestion> suggest(String typed, Locale locale, int limit) {
        String words = SearchText.of(typed).value().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.length() < 2) {
            return List.of();
        }
        String language = language(locale);
        try {
            SearchSession session = Search.session(entityManager);
            return session.search(scope(session))
                    .select(f -> f.composite().from(summaryProjections(f, language).toArray(SearchProjection[]::new))
                            .asList())
                    .where(f -> f.bool(b -> {
                        b.filter(published(f));
                        // every word typed must begin a word of the title
                        b.must(f.simpleQueryString().field(ResourceDocument.TITLE_PREFIXES).matching(words)
                                .defaultOperator(BooleanOperator.AND));
                    }))
                    .sort(f -> f.score().then().field(ResourceDocument.TITLE_SORT))
                    .fetchHits(Math.clamp(limit, 1, 10)).stream()
                    .map(row -> summary(row, language))
                    .map(summary -> new Suggestion(summary.id(), summary.title()))
                    .toList();
        }
        catch (SearchException e) {
            log.warn("Search refused: {}", e.getMessage());
            return List.of();
        }
    }
}
