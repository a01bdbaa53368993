package org.collegium.academy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A course with its outline, as its page shows it. Learners' views leave out hidden activities; authors' keep them.
 *
 * @param origin the course it was transferred from, or null
 * @param licence the licence it was transferred under, or null
 * @param authoring whether the viewer may author it
 */
public record CourseView(CourseSummary course, List<ModuleView> modules, CourseId origin, String licence,
        boolean authoring) {

    public Stream<ActivitySummary> activities() {
        return modules.stream().flatMap(module -> module.activities().stream());
    }

    public Optional<ActivitySummary> firstActivity() {
        return activities().filter(ActivitySummary::published).findFirst();
    }
}
