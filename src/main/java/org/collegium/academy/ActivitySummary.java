package org.collegium.academy;

import java.util.Locale;

import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * An activity as the outline lists it.
 *
 * @param number its position in its module, from 1
 * @param completionRule what completes it, or null when it does not count towards completion
 * @param published whether learners see it (authors see hidden ones too)
 */
public record ActivitySummary(ActivityId id, CourseModuleId module, int number, ActivityKind kind, TranslatedText title,
        CompletionRule completionRule, Integer estimatedMinutes, boolean published) {

    public LocalizedText titleIn(Locale locale) {
        return title.in(locale);
    }

    public boolean counts() {
        return published && completionRule != null;
    }
}
