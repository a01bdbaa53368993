package org.collegium.academy;

import java.util.Set;

import org.collegium.identity.ExpertiseTopic;

/**
 * What an author states about a course. The title and summary are written in {@code language}: on creation that is
 * the course's original language; on a later change it may be any content language (a translation).
 *
 * @param durationHours the time a learner needs, in hours, or null when not stated
 * @param sdgGoals Sustainable Development Goals, 1 to 17
 */
public record CourseDetails(String slug, String language, String title, String summary, Set<ExpertiseTopic> themes,
        Set<Audience> audiences, CourseLevel level, Set<String> languages, Integer durationHours, Set<Integer> sdgGoals,
        CourseFormat format) {

    public CourseDetails {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        sdgGoals = sdgGoals == null ? Set.of() : Set.copyOf(sdgGoals);
    }
}
