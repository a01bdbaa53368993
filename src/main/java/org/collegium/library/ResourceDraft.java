package org.collegium.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.network.OrganisationId;

/**
 * A resource as its submitter or an editor describes it, on Dublin Core: the texts per language (the original
 * language first among equals), creators, publisher, date, the document's languages, coverage (countries and
 * regions), subjects (themes, SDG goals and targets, Sendai priorities and targets), licence and relations.
 */
public record ResourceDraft(
        ResourceKind kind,
        OrganisationId network,
        String originalLanguage,
        Map<String, LanguageVersion> texts,
        List<Creator> creators,
        String publisher,
        LocalDate issued,
        Set<String> languages,
        Set<String> countries,
        Set<Region> regions,
        Set<ExpertiseTopic> themes,
        Set<Integer> sdgGoals,
        Set<String> sdgTargets,
        Set<Integer> sendaiPriorities,
        Set<String> sendaiTargets,
        Licence licence,
        String licenceNote,
        List<ResourceLink> links,
        ContactPerson contact) {

    public ResourceDraft {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        creators = creators == null ? List.of() : List.copyOf(creators);
        languages = copy(languages);
        countries = copy(countries);
        regions = copy(regions);
        themes = copy(themes);
        sdgGoals = copy(sdgGoals);
        sdgTargets = copy(sdgTargets);
        sendaiPriorities = copy(sendaiPriorities);
        sendaiTargets = copy(sendaiTargets);
        links = links == null ? List.of() : List.copyOf(links);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
