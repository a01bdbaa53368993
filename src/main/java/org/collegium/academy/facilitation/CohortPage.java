package org.collegium.academy.facilitation;

import java.util.List;

import org.collegium.academy.AcademySummary;
import org.collegium.academy.Cohort;
import org.collegium.academy.CourseSummary;
import org.collegium.network.Countries;

/**
 * A cohort as its view shows it: the learners the filter keeps, and the counts of the whole cohort.
 */
public record CohortPage(AcademySummary academy, CourseSummary course, Cohort cohort, CohortFilter filter,
        List<CohortRow> rows, int total, int behind, int notStarted, int completed, List<Countries.Country> countries) {

    public String path() {
        return "/academies/" + academy.slug() + "/cohorts/" + cohort.run().value();
    }
}
