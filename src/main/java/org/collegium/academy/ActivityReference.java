package org.collegium.academy;

import java.util.Locale;

import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * What the other parts of the e-Academy (quizzes, assignments, discussions…) need to know of an activity.
 *
 * @param completionRule what completes it, or null
 * @param published whether learners see it: the activity is published and so is its course
 */
public record ActivityReference(ActivityId id, CourseId course, AcademyId academy, CourseModuleId module,
        ActivityKind kind, TranslatedText title, CompletionRule completionRule, boolean published) {

    public LocalizedText titleIn(Locale locale) {
        return title.in(locale);
    }
}
