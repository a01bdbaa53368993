package org.collegium.academy;

import java.util.Locale;

import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * One activity as its page shows it, with its neighbours in the outline for previous/next links.
 *
 * @param body for pages: HTML already sanitised by the allow-list, safe for {@code th:utext}; empty otherwise
 * @param videoUrl for videos on a video platform: an http(s) address, or null
 * @param previous the activity before it that the viewer may open, or null
 * @param next the activity after it that the viewer may open, or null
 */
public record ActivityView(CourseSummary course, ModuleView module, ActivitySummary activity, TranslatedText body,
        String videoUrl, ActivitySummary previous, ActivitySummary next) {

    public LocalizedText bodyIn(Locale locale) {
        return body.in(locale);
    }
}
