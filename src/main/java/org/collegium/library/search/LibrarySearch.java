package org.collegium.library.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceStatus;
import org.collegium.library.resource.Resource;
import org.collegium.library.search.SearchResults.FacetCount;
import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's search, in one place: full text across titles, abstracts, case-study sections and the text of
 * attached files, in the language-aware fields of {@link ResourceBridge}; facets with counts; highlighted passages;
 * related resources; titles as one types. Only published resources are ever returned. The same queries run on the
 * Lucene and the OpenSearch backend.
 */
@Service
@Transactional(readOnly = true)
public class LibrarySearch {

    private static final List<SimpleQueryFlag> FLAGS = List.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);
    private static final int FACET_VALUES = 50;
    private static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";

    @PersistenceContext
    private EntityManager entityManager;

    public SearchResults search(SearchQuery query) {
        if (query.text().isSyntaxOnly()) {
            return SearchResults.refused(query, "search.problem.no-words");
        }
        try {
            return run(query);
        }
        catch (SearchException e) {
            return SearchResults.refused(query, "search.problem.invalid");
        }
    }

    private SearchResults run(SearchQuery query) {
        SearchSession session = Search.session(entityManager);
        var keys = new EnumMap<Facet, AggregationKey<Map<String, Long>>>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.parameter()));
        }
        var step = session.search(Resource.class)
                .select(f -> f.composite().from(projections(f).toArray(SearchProjection[]::new)).asList())
                .where(f -> matching(f, query, null))
                .sort(f -> order(f, query))
                .highlighter(h -> h.unified().tag(MARK_OPEN, MARK_CLOSE).encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180).numberOfFragments(2).noMatchSize(0));
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
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, query.locale())).toList();
        return new SearchResults(query, hits, result.total().hitCount(), facets, Optional.empty());
    }

    /**
     * A facet with values chosen is counted as if none were chosen in it (and the others kept), so that the other
     * values of the same facet can still be added to the choice.
     */
    private Map<String, Long> countsWithoutOwnChoice(SearchSession session, SearchQuery query, Facet facet,
            AggregationKey<Map<String, Long>> key) {
        return session.search(Resource.class)
                .where(f -> matching(f, query, facet))
                .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(FACET_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    private static List<FacetCount> counted(Map<String, Long> counts, SearchQuery query, Facet facet) {
        var chosen = query.chosen(facet);
        List<FacetCount> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetCount(value, count, chosen.contains(value))));
        chosen.stream().filter(value -> !counts.containsKey(value))
                .forEach(value -> values.add(new FacetCount(value, 0, true)));
        return List.copyOf(values);
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, Facet leftOut) {
        return f.bool(b -> {
            b.filter(f.match().field(ResourceDocument.STATUS).matching(ResourceStatus.PUBLISHED.name()));
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

    private static SearchPredicate fullText(SearchPredicateFactory f, String text) {
        var fields = ResourceDocument.textFields().entrySet().iterator();
        var first = fields.next();
        var predicate = f.simpleQueryString().field(first.getKey()).boost(first.getValue());
        while (fields.hasNext()) {
            var next = fields.next();
            predicate = predicate.field(next.getKey()).boost(next.getValue());
        }
        return predicate.matching(text).defaultOperator(BooleanOperator.AND)
                .flags(java.util.EnumSet.copyOf(FLAGS)).toPredicate();
    }

    private static SortFinalStep order(SearchSortFactory f, SearchQuery query) {
        if (query.sort() == org.collegium.library.search.SearchSort.DATE || query.text().isBlank()) {
            return f.field(ResourceDocument.ISSUED).desc().then().score().then().field(ResourceDocument.TITLE_SORT);
        }
        return f.score().then().field(ResourceDocument.ISSUED).desc();
    }

    /** The resource, then its highlighted passages, the most telling fields first. */
    private static List<SearchProjection<?>> projections(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> projections = new ArrayList<>();
        projections.add(f.entity(Resource.class).toProjection());
        for (String field : highlightedFields()) {
            projections.add(f.highlight(field).toProjection());
        }
        return projections;
    }

    private static List<String> highlightedFields() {
        List<String> fields = new ArrayList<>();
        for (String name : List.of(ResourceDocument.ABSTRACT, ResourceDocument.SECTIONS, ResourceDocument.FILES)) {
            for (String group : ResourceDocument.GROUPS) {
                fields.add(ResourceDocument.field(name, group));
            }
        }
        return fields;
    }

    private static SearchHit hit(List<?> row, Locale locale) {
        Resource resource = (Resource) row.get(0);
        List<String> snippets = new ArrayList<>();
        for (int i = 1; i < row.size() && snippets.size() < 2; i++) {
            for (Object passage : (List<?>) row.get(i)) {
                if (snippets.size() < 2) {
                    snippets.add(Snippets.safe((String) passage));
                }
            }
        }
        return new SearchHit(resource.id(), resource.kind(), title(resource, locale), List.copyOf(snippets),
                resource.issued(), resource.example());
    }

    static LocalizedText title(Resource resource, Locale locale) {
        return new TranslatedText(resource.originalLanguage(), resource.titles()).in(locale);
    }

    /**
     * Published resources that share the most themes, goals, priorities, countries and title words with the given
     * one, best first; none when it is not published.
     */
    public List<RelatedResource> related(ResourceId id, Locale locale, int limit) {
        Resource resource = entityManager.find(Resource.class, id.value());
        if (resource == null || !resource.status().isPublic()) {
            return List.of();
        }
        var view = resource.view();
        String words = resource.titles().values().stream().map(title -> title.text())
                .collect(Collectors.joining(" ")).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        try {
            return Search.session(entityManager).search(Resource.class)
                    .where(f -> f.bool(b -> {
                        b.filter(f.match().field(ResourceDocument.STATUS).matching(ResourceStatus.PUBLISHED.name()));
                        b.mustNot(f.id().matching(id.value()));
                        b.minimumShouldMatchNumber(1);
                        shared(f, b, Facet.THEME, view.themes().stream().map(Enum::name).toList(), 3);
                        shared(f, b, Facet.SDG, view.sdgGoals().stream().map(String::valueOf).toList(), 2);
                        shared(f, b, Facet.SENDAI, view.sendaiPriorities().stream().map(String::valueOf).toList(), 2);
                        shared(f, b, Facet.COUNTRY, List.copyOf(view.countries()), 1);
                        if (!words.isEmpty()) {
                            b.should(f.simpleQueryString().fields(titleAndAbstractFields()).matching(words)
                                    .defaultOperator(BooleanOperator.OR));
                        }
                    }))
                    .sort(f -> f.score().then().field(ResourceDocument.ISSUED).desc())
                    .fetchHits(Math.clamp(limit, 1, 20)).stream()
                    .map(related -> new RelatedResource(related.id(), related.kind(), title(related, locale),
                            related.issued()))
                    .toList();
        }
        catch (SearchException e) {
            return List.of();
        }
    }

    private static void shared(SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> b, Facet facet,
            List<String> values, float boost) {
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
        SearchText text = SearchText.of(typed);
        String words = text.value().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.length() < 2) {
            return List.of();
        }
        try {
            var seen = new LinkedHashMap<ResourceId, Suggestion>();
            Search.session(entityManager).search(Resource.class)
                    .where(f -> f.bool(b -> {
                        b.filter(f.match().field(ResourceDocument.STATUS).matching(ResourceStatus.PUBLISHED.name()));
                        b.must(f.match().field(ResourceDocument.TITLE_PREFIXES).matching(words));
                    }))
                    .sort(f -> f.score().then().field(ResourceDocument.TITLE_SORT))
                    .fetchHits(Math.clamp(limit, 1, 10))
                    .forEach(resource -> seen.put(resource.id(), new Suggestion(resource.id(), title(resource, locale))));
            return List.copyOf(seen.values());
        }
        catch (SearchException e) {
            return List.of();
        }
    }
}
