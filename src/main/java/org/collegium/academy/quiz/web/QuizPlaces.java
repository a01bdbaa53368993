package org.collegium.academy.quiz.web;

import java.util.Set;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds the quiz activity an address names: 404 when the academy, course and activity do not belong together (an
 * object of another academy is not found, whoever asks).
 */
@Component
class QuizPlaces {

    private final Academies academies;
    private final Courses courses;
    private final CourseAccess access;

    QuizPlaces(Academies academies, Courses courses, CourseAccess access) {
        this.academies = academies;
        this.courses = courses;
        this.access = access;
    }

    QuizPlace find(String slug, String course, String activity) {
        AcademySummary academy = academies.get(slug);
        ActivityReference reference = access.activity(new ActivityId(Viewing.uuid(activity)))
                .filter(found -> found.academy().equals(academy.id()) && found.kind() == ActivityKind.QUIZ)
                .orElseThrow(() -> new NotFoundException("activity"));
        CourseSummary summary = courses.findAll(Set.of(reference.course())).get(reference.course());
        if (summary == null || !summary.slug().equals(course)) {
            throw new NotFoundException("activity");
        }
        return new QuizPlace(academy, summary, reference);
    }

    /** The place, for an author of its course (403 otherwise). */
    QuizPlace authored(String slug, String course, String activity, AccountId actor) {
        QuizPlace place = find(slug, course, activity);
        if (!access.mayAuthor(actor, place.activity().course())) {
            throw new AccessDeniedException("may not author the quiz of activity " + activity);
        }
        return place;
    }
}
