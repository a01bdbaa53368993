package org.collegium.library.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.library.LanguageVersion;
import org.collegium.library.Region;
import org.collegium.library.ResourceKind;

/**
 * A guide, note or other document of the demo library: its texts per language, its tags and, when it has one, the
 * text of the PDF attached to it (which only the search of file contents finds).
 */
record DemoDocument(
        String key,
        ResourceKind kind,
        String originalLanguage,
        Map<String, LanguageVersion> texts,
        Set<Region> regions,
        Set<ExpertiseTopic> themes,
        Set<String> sdgTargets,
        Set<Integer> sdgGoals,
        Set<Integer> sendaiPriorities,
        Set<String> sendaiTargets,
        boolean example,
        Pdf pdf) {

    /** A PDF to attach: its file name, title and paragraphs. */
    record Pdf(String fileName, String title, List<String> paragraphs) {
    }
}
