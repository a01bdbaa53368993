package org.collegium.library.resource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.collegium.library.Creator;
import org.collegium.library.ResourceView;
import org.collegium.library.search.Analyzers;
import org.collegium.library.search.Facet;
import org.collegium.library.search.ResourceDocument;
import org.collegium.shared.i18n.TranslatedText;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a resource's search document (fields named in {@link ResourceDocument}): its texts per language into
 * language-analysed fields, the text extracted from its files, its facets as keywords, its status and date, and its
 * titles as stored values for result lists. The dependencies declared in {@link Binder} make Hibernate Search
 * re-index the resource when any of them changes, its files' text included.
 */
class ResourceIndexBridge implements TypeBridge<Resource> {

    private final IndexFieldReference<String> status;
    private final IndexFieldReference<String> kind;
    private final IndexFieldReference<LocalDate> issued;
    private final IndexFieldReference<String> example;
    private final IndexFieldReference<String> originalLanguage;
    private final IndexFieldReference<String> displayTitle;
    private final IndexFieldReference<String> titlePrefixes;
    private final IndexFieldReference<String> titleSort;
    private final Map<String, IndexFieldReference<String>> texts = new HashMap<>();
    private final Map<Facet, IndexFieldReference<String>> facets = new EnumMap<>(Facet.class);

    private ResourceIndexBridge(TypeBindingContext context) {
        var schema = context.indexSchemaElement();
        var types = context.typeFactory();
        var keyword = types.asString().searchable(Searchable.YES).aggregable(Aggregable.YES)
                .projectable(Projectable.YES).toIndexFieldType();
        var stored = types.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
        status = schema.field(ResourceDocument.STATUS, keyword).toReference();
        kind = schema.field(ResourceDocument.KIND, keyword).toReference();
        issued = schema.field(ResourceDocument.ISSUED, types.asLocalDate().sortable(Sortable.YES)
                .projectable(Projectable.YES).toIndexFieldType()).toReference();
        example = schema.field(ResourceDocument.EXAMPLE, keyword).toReference();
        originalLanguage = schema.field(ResourceDocument.ORIGINAL_LANGUAGE, keyword).toReference();
        displayTitle = schema.field(ResourceDocument.DISPLAY_TITLE, stored).toReference();
        schema.fieldTemplate("display_titles", stored).matchingPathGlob(ResourceDocument.DISPLAY_TITLE + "_*");
        titlePrefixes = schema.field(ResourceDocument.TITLE_PREFIXES, types.asString().analyzer(Analyzers.PREFIXES)
                .searchAnalyzer(Analyzers.FOLDING).toIndexFieldType()).multiValued().toReference();
        titleSort = schema.field(ResourceDocument.TITLE_SORT, types.asString().normalizer(Analyzers.SORTABLE)
                .sortable(Sortable.YES).toIndexFieldType()).toReference();
        for (String group : ResourceDocument.GROUPS) {
            var text = types.asString().analyzer(ResourceDocument.analyzerOf(group)).projectable(Projectable.YES)
                    .highlightable(List.of(Highlightable.ANY)).toIndexFieldType();
            for (String name : ResourceDocument.TEXTS) {
                String field = ResourceDocument.field(name, group);
                texts.put(field, schema.field(field, text).multiValued().toReference());
            }
        }
        for (Facet facet : Facet.values()) {
            facets.put(facet, schema.field(facet.field(), keyword).multiValued().toReference());
        }
    }

    @Override
    public void write(DocumentElement target, Resource resource, TypeBridgeWriteContext context) {
        target.addValue(status, resource.status().name());
        target.addValue(kind, resource.kind().name());
        target.addValue(issued, resource.issued());
        target.addValue(example, String.valueOf(resource.example()));
        target.addValue(originalLanguage, resource.originalLanguage());
        writeTitles(target, resource);
        resource.summaries().forEach((language, summary) -> add(target, ResourceDocument.ABSTRACT, language,
                summary.text()));
        for (SectionText section : resource.sectionTexts()) {
            add(target, ResourceDocument.SECTIONS, section.language(), section.text());
        }
        for (ResourceFile file : resource.files()) {
            add(target, ResourceDocument.FILES, resource.originalLanguage(), file.extractedText());
        }
        writeFacets(target, resource.view());
    }

    private void writeTitles(DocumentElement target, Resource resource) {
        var titles = new TranslatedText(resource.originalLanguage(), resource.titles());
        for (String language : titles.readableLanguages()) {
            String title = titles.readable(language).orElseThrow();
            add(target, ResourceDocument.TITLE, language, title);
            target.addValue(titlePrefixes, title);
            if (ResourceDocument.isLanguageCode(language)) {
                target.addValue(ResourceDocument.displayTitle(language), title);
            }
        }
        String original = titles.readable(resource.originalLanguage()).orElse("");
        target.addValue(displayTitle, original);
        target.addValue(titleSort, original);
    }

    private void add(DocumentElement target, String name, String language, String text) {
        if (text != null && !text.isBlank()) {
            target.addValue(texts.get(ResourceDocument.field(name, ResourceDocument.groupOf(language))), text);
        }
    }

    private void writeFacets(DocumentElement target, ResourceView view) {
        facet(target, Facet.KIND, List.of(view.kind()), Enum::name);
        facet(target, Facet.THEME, view.themes(), Enum::name);
        facet(target, Facet.SDG, view.sdgGoals(), String::valueOf);
        facet(target, Facet.SENDAI, view.sendaiPriorities(), String::valueOf);
        facet(target, Facet.COUNTRY, view.countries(), Function.identity());
        facet(target, Facet.REGION, view.regions(), Enum::name);
        facet(target, Facet.LANGUAGE, view.languages(), Function.identity());
        facet(target, Facet.YEAR, List.of(view.issued().getYear()), String::valueOf);
        var organisations = new TreeSet<String>();
        if (view.publisher() != null && !view.publisher().isBlank()) {
            organisations.add(view.publisher().strip());
        }
        view.creators().stream().filter(creator -> creator.kind() == Creator.Kind.ORGANISATION)
                .map(creator -> creator.name().strip()).forEach(organisations::add);
        facet(target, Facet.ORGANISATION, organisations, Function.identity());
    }

    private <T> void facet(DocumentElement target, Facet facet, Iterable<T> values, Function<T, String> asText) {
        for (T value : values) {
            target.addValue(facets.get(facet), asText.apply(value));
        }
    }

    /** Declares the fields and what the document depends on. */
    static class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies()
                    .use("kind").use("status").use("issued").use("example").use("originalLanguage")
                    .use("publisher").use("title").use("summary").use("sections").use("creators")
                    .use("languages").use("countries").use("regions").use("themes").use("sdgGoals")
                    .use("sendaiPriorities").use("files.extractedText");
            context.bridge(Resource.class, new ResourceIndexBridge(context));
        }
    }
}
