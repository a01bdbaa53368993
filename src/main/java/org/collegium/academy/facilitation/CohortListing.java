package org.collegium.academy.facilitation;

import org.collegium.academy.CohortSummary;
import org.collegium.academy.CourseSummary;

/**
 * A run in "My cohorts", with its course.
 */
public record CohortListing(CohortSummary run, CourseSummary course) {

    public String path() {
        return "/academies/" + course.academySlug() + "/cohorts/" + run.run().value();
    }

    public int completionRate() {
        return run.learners() == 0 ? 0 : (int) Math.round(100.0 * run.completed() / run.learners());
    }
}
