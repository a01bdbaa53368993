package org.collegium.academy.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.ActivityView;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.CourseView;
import org.collegium.academy.ModuleView;
import org.springframework.stereotype.Component;

/**
 * Turns courses into the read models pages use, loading what they show in a fixed number of statements
 * (the collections are fetched in batches).
 */
@Component
class CourseViews {

    private final Academies academies;

    CourseViews(Academies academies) {
        this.academies = academies;
    }

    List<CourseSummary> summaries(Collection<Course> courses) {
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<AcademyId, AcademySummary> byId = academies.findAll().stream()
                .collect(Collectors.toMap(AcademySummary::id, Function.identity()));
        return courses.stream().map(course -> summary(course, byId.get(course.academy()))).toList();
    }

    CourseSummary summary(Course course) {
        return summaries(List.of(course)).getFirst();
    }

    CourseView view(Course course, boolean authoring) {
        CourseSummary summary = summary(course);
        return new CourseView(summary, modules(course, authoring), course.origin(), course.licence(), authoring);
    }

    List<ModuleView> modules(Course course, boolean includeHidden) {
        return course.modules().stream().map(module -> module(course, module, includeHidden)).toList();
    }

    ActivityView activity(Course course, Activity activity, boolean includeHidden) {
        List<ModuleView> modules = modules(course, includeHidden);
        List<ActivitySummary> all = modules.stream().flatMap(module -> module.activities().stream()).toList();
        int index = indexOf(all, activity);
        ModuleView module = modules.stream().filter(candidate -> candidate.id().equals(activity.module().id()))
                .findFirst().orElseThrow();
        return new ActivityView(summary(course), module, all.get(index),
                activity.body(course.originalLanguage()), activity.videoUrl(),
                index > 0 ? all.get(index - 1) : null, index < all.size() - 1 ? all.get(index + 1) : null);
    }

    static ActivityReference reference(Course course, Activity activity) {
        return new ActivityReference(activity.id(), course.id(), course.academy(), activity.module().id(),
                activity.kind(), activity.title(course.originalLanguage()), activity.completionRule(),
                course.isPublished() && activity.isPublished());
    }

    static ActivitySummary summary(Course course, Activity activity) {
        return new ActivitySummary(activity.id(), activity.module().id(), activity.position(), activity.kind(),
                activity.title(course.originalLanguage()), activity.completionRule(), activity.estimatedMinutes(),
                activity.isPublished());
    }

    private static ModuleView module(Course course, CourseModule module, boolean includeHidden) {
        List<ActivitySummary> activities = new ArrayList<>();
        for (Activity activity : module.activities()) {
            if (includeHidden || activity.isPublished()) {
                activities.add(summary(course, activity));
            }
        }
        return new ModuleView(module.id(), module.position(), module.title(course.originalLanguage()), activities);
    }

    private static int indexOf(List<ActivitySummary> all, Activity activity) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(activity.id())) {
                return i;
            }
        }
        throw new IllegalStateException("activity not in the outline");
    }

    private static CourseSummary summary(Course course, AcademySummary academy) {
        return new CourseSummary(course.id(), course.academy(), academy == null ? "" : academy.slug(),
                academy == null ? "" : academy.name(), course.slug(), course.status(), course.title(), course.summary(),
                course.themes(), course.audiences(), course.level(), course.languages(), course.durationHours(),
                course.sdgGoals(), course.format(), course.publishedAt());
    }
}
