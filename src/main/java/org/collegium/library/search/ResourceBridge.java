package org.collegium.library.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.collegium.library.Creator;
import org.collegium.library.ResourceView;
import org.collegium.library.resource.Resource;
import org.collegium.library.resource.ResourceFile;
import org.collegium.library.resource.SectionText;
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
 * Writes a resource's search document: its texts per language into language-analysed fields, the text extracted
 * from its files, its facets as keywords, its status and date. The dependencies declared here tell Hibernate Search
 * to re-index the resource when any of them changes, files included.
 */
class ResourceBridge implements TypeBridge<Resource> {

    private final IndexFieldReference<String> status;
    private final IndexFieldReference<java.time.LocalDate> issued;
    private final IndexFieldReference<String> titlePrefixes;
    private final IndexFieldReference<String> titleSort;
    private final Map<String, IndexFieldReference<String>> texts;
    private final Map<Facet, IndexFieldReference<String>> facets;

    private ResourceBridge(TypeBindingContext context) {
        var schema = context.indexSchemaElement();
        var types = context.typeFactory();
        var keyword = types.asString().searchable(Searchable.YES).aggregable(Aggregable.YES)
                .projectable(Projectable.NO).toIndexFieldType();
        status = schema.field(ResourceDocument.STATUS, keyword).toReference();
        issued = schema.field(ResourceDocument.ISSUED, types.asLocalDate().sortable(Sortable.YES).toIndexFieldType())
                .toReference();
        titlePrefixes = schema.field(ResourceDocument.TITLE_PREFIXES, types.asString().analyzer(Analyzers.PREFIXES)
                .searchAnalyzer(Analyzers.FOLDING).toIndexFieldType()).multiValued().toReference();
        titleSort = schema.field(ResourceDocument.TITLE_SORT, types.asString().normalizer(Analyzers.SORTABLE)
                .sortable(Sortable.YES).toIndexFieldType()).toReference();
        texts = new HashMap<>();
        for (String group : ResourceDocument.GROUPS) {
            var text = types.asString().analyzer(ResourceDocument.analyzerOf(group)).projectable(Projectable.YES)
                    .highlightable(List.of(Highlightable.ANY)).toIndexFieldType();
            for (String name : List.of(ResourceDocument.TITLE, ResourceDocument.ABSTRACT, ResourceDocument.SECTIONS,
                    ResourceDocument.FILES)) {
                String field = ResourceDocument.field(name, group);
                texts.put(field, schema.field(field, text).multiValued().toReference());
            }
        }
        facets = new java.util.EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, schema.field(facet.field(), keyword).multiValued().toReference());
        }
    }

    @Override
    public void write(DocumentElement target, Resource resource, TypeBridgeWriteContext context) {
        target.addValue(status, resource.status().name());
        target.addValue(issued, resource.issued());
        String group = ResourceDocument.groupOf(resource.originalLanguage());
        resource.titles().forEach((language, title) -> {
            add(target, ResourceDocument.TITLE, language, title.text());
            target.addValue(titlePrefixes, title.text());
        });
        var original = resource.titles().get(resource.originalLanguage());
        target.addValue(titleSort, original == null ? "" : original.text());
        resource.summaries().forEach((language, summary) -> add(target, ResourceDocument.ABSTRACT, language, summary.text()));
        for (SectionText section : resource.sectionTexts()) {
            add(target, ResourceDocument.SECTIONS, section.language(), section.text());
        }
        for (ResourceFile file : resource.files()) {
            if (file.extractedText() != null && !file.extractedText().isBlank()) {
                target.addValue(texts.get(ResourceDocument.field(ResourceDocument.FILES, group)), file.extractedText());
            }
        }
        writeFacets(target, resource.view());
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
        if (view.issued() != null) {
            facet(target, Facet.YEAR, List.of(view.issued().getYear()), String::valueOf);
        }
        var organisations = new java.util.TreeSet<String>();
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
                    .use("kind").use("status").use("issued").use("originalLanguage").use("publisher")
                    .use("title").use("summary").use("sections").use("creators").use("languages")
                    .use("countries").use("regions").use("themes").use("sdgGoals").use("sendaiPriorities")
                    .use("files.extractedText");
            context.bridge(Resource.class, new ResourceBridge(context));
        }
    }
}
