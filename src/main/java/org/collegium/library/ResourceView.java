package org.collegium.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.TranslatedText;

/**
 * A resource as pages, feeds, the API and the harvesting protocol read it. Texts are translated texts, read in the
 * viewer's language with the fallback chain.
 */
public record ResourceView(
        ResourceId id,
        ResourceKind kind,
        ResourceStatus status,
        OrganisationId network,
        AccountId submitter,
        String originalLanguage,
        TranslatedText title,
        TranslatedText summary,
        Map<CaseSection, TranslatedText> sections,
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
        ContactPerson contact,
        boolean example,
        List<ResourceFileView> files,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    public boolean isCaseStudy() {
        return kind == ResourceKind.CASE_STUDY;
    }
}
