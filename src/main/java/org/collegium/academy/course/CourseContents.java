package org.collegium.academy.course;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.ActivityView;
import org.collegium.academy.CourseId;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the enrolment side of the e-Academy reads of courses, without access checks: it decides itself who may see
 * what (enrolled learners, authors). Internal to the academy module; other modules use {@link org.collegium.academy.Courses}.
 */
@Service
@Transactional(readOnly = true)
public class CourseContents {

    private final CourseRepository courses;
    private final ActivityRepository activities;
    private final CourseViews views;
    private final Authors authors;

    CourseContents(CourseRepository courses, ActivityRepository activities, CourseViews views, Authors authors) {
        this.courses = courses;
        this.activities = activities;
        this.views = views;
        this.authors = authors;
    }

    public Optional<ActivityReference> reference(ActivityId id) {
        return activities.findById(id.value())
                .map(activity -> CourseViews.reference(activity.module().course(), activity));
    }

    /** The activity with its neighbours among the published ones, or among all when {@code includeHidden}. */
    public Optional<ActivityView> view(ActivityId id, boolean includeHidden) {
        return activities.findById(id.value()).map(activity -> {
            Course course = activity.module().course();
            return views.activity(course, activity, includeHidden || !activity.isPublished());
        });
    }

    public Optional<AcademyId> academyOf(CourseId course) {
        return courses.findById(course.value()).map(Course::academy);
    }

    public boolean isPublished(CourseId course) {
        return courses.findById(course.value()).map(Course::isPublished).orElse(false);
    }

    public boolean mayAuthor(Optional<AccountId> account, CourseId course) {
        return academyOf(course).map(academy -> authors.may(account, academy)).orElse(false);
    }

    /** For each course, its published activities in outline order (modules, then activities). */
    public Map<CourseId, List<ActivitySummary>> publishedOutlines(Collection<CourseId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return courses.findByIds(ids.stream().map(CourseId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(Course::id, course -> views.modules(course, false).stream()
                        .flatMap(module -> module.activities().stream()).toList(), (a, b) -> a));
    }

}
