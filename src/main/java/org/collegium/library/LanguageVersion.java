package org.collegium.library;

import java.util.Map;

/**
 * What a resource says in one language: its title, its abstract and, for a case study, its sections.
 */
public record LanguageVersion(String title, String summary, Map<CaseSection, String> sections) {

    public LanguageVersion {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }

    public static LanguageVersion of(String title, String summary) {
        return new LanguageVersion(title, summary, Map.of());
    }
}
