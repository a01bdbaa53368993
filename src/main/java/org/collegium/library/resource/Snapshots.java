package org.collegium.library.resource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collegium.library.CaseSection;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceView;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published version's description and texts in every language, written as JSON so that the version reads the same
 * whatever later changes the resource's tables.
 */
final class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Snapshots() {
    }

    static String write(ResourceDraft description) {
        return JSON.writeValueAsString(description);
    }

    static ResourceDraft read(String snapshot) {
        return JSON.readValue(snapshot, ResourceDraft.class);
    }

    /** The version as the resource page shows it: the snapshot's description, the resource's identity. */
    static ResourceView view(Resource resource, ResourceDraft description, Instant publishedAt) {
        String original = description.originalLanguage();
        Map<String, Translation> titles = new HashMap<>();
        Map<String, Translation> summaries = new HashMap<>();
        Map<CaseSection, Map<String, Translation>> sections = new HashMap<>();
        description.texts().forEach((language, text) -> {
            TranslationStatus status = language.equals(original) ? TranslationStatus.ORIGINAL
                    : TranslationStatus.TRANSLATED;
            titles.put(language, new Translation(text.title(), status));
            if (text.summary() != null && !text.summary().isBlank()) {
                summaries.put(language, new Translation(text.summary(), status));
            }
            text.sections().forEach((section, body) -> sections.computeIfAbsent(section, key -> new HashMap<>())
                    .put(language, new Translation(body, status)));
        });
        Map<CaseSection, TranslatedText> sectionTexts = new HashMap<>();
        sections.forEach((section, texts) -> sectionTexts.put(section, new TranslatedText(original, texts)));
        return new ResourceView(resource.id(), description.kind(), ResourceStatus.PUBLISHED, description.network(),
                resource.submitter(), original, new TranslatedText(original, titles),
                new TranslatedText(original, summaries), sectionTexts, description.creators(),
                description.publisher(), description.issued(), description.languages(), description.countries(),
                description.regions(), description.themes(), description.sdgGoals(), description.sdgTargets(),
                description.sendaiPriorities(), description.sendaiTargets(), description.licence(),
                description.licenceNote(), description.links(), description.contact(), resource.example(), List.of(),
                publishedAt, publishedAt, publishedAt);
    }
}
