package org.collegium.academy;

import java.util.Set;

/**
 * What an academy's administrators change: its name, languages and colour, and its description in one language.
 */
public record AcademySettings(String name, Set<String> languages, String accentColour, String descriptionLanguage,
        String description) {
}
