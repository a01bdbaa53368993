package org.collegium.academy.assignment.web;

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
 * Finds the assignment activity an address names: the academy by its slug, the course by its slug in that academy,
 * the activity of that course. Anything of another academy or course is a 404, whoever asks.
 */
@Component
class AssignmentActivity {

    private final Academies academies;
    private final Courses courses;
    private final CourseAccess access;

    AssignmentActivity(Academies academies, Courses courses, CourseAccess access) {
        this.academies = academies;
        this.courses = courses;
        this.access = access;
    }

    Found find(String slug, String course, String activity) {
        AcademySummary academy = academies.get(slug);
        ActivityReference reference = access.activity(new ActivityId(uuid(activity)))
                .filter(found -> found.academy().equals(academy.id()) && found.kind() == ActivityKind.ASSIGNMENT)
                .orElseThrow(() -> new NotFoundException("activity"));
        CourseSummary summary = courses.findAll(Set.of(reference.course())).get(reference.course());
        if (summary == null || !summary.slug().equals(course)) {
            throw new NotFoundException("activity");
        }
        return new Found(academy, summary, reference);
    }

    /** The same, for the course's authors only: administrators and facilitators of its academy. */
    Found staff(AccountId actor, String slug, String course, String activity) {
        Found found = find(slug, course, activity);
        if (!access.mayAuthor(actor, found.course().id())) {
            throw new AccessDeniedException("not staff of course " + found.course().id().value());
        }
        return found;
    }

    private static java.util.UUID uuid(String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("activity");
        }
    }

    record Found(AcademySummary academy, CourseSummary course, ActivityReference activity) {

        ActivityId id() {
            return activity.id();
        }

        /** The learner's page of the activity. */
        public String activityPath() {
            return "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/" + id().value();
        }

        /** Where staff set up and grade the assignment. */
        public String managePath() {
            return "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                    + id().value();
        }
    }
}
