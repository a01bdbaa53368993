package org.collegium.academy;

import java.util.List;
import java.util.Locale;

import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * A numbered module of a course with its activities in order.
 *
 * @param number its position in the course, from 1
 */
public record ModuleView(CourseModuleId id, int number, TranslatedText title, List<ActivitySummary> activities) {

    public LocalizedText titleIn(Locale locale) {
        return title.in(locale);
    }
}
