package org.collegium.academy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * A course as catalogues and lists show it.
 *
 * @param publishedAt when it was first published, or null while it never was
 */
public record CourseSummary(CourseId id, AcademyId academy, String academySlug, String academyName, String slug,
        CourseStatus status, TranslatedText title, TranslatedText summary, Set<ExpertiseTopic> themes,
        Set<Audience> audiences, CourseLevel level, List<String> languages, Integer durationHours, List<Integer> sdgGoals,
        CourseFormat format, Instant publishedAt) {

    public LocalizedText titleIn(Locale locale) {
        return title.in(locale);
    }

    public LocalizedText summaryIn(Locale locale) {
        return summary.in(locale);
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public String originalLanguage() {
        return title.originalLanguage();
    }

    /** The course page's address. */
    public String path() {
        return "/academies/" + academySlug + "/courses/" + slug;
    }
}
