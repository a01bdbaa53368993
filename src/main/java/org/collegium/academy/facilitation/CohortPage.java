package org.collegium.academy.facilitation;

import java.util.List;

import org.collegium.academy.AcademySummary;
import org.collegium.academy.Cohort;
import org.collegium.academy.CourseSummary;
import org.collegium.network.Countries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * A cohort as its view shows it: the learners the filter keeps (all of them, for the export and messages; a page of
 * them, for the view), and the counts of the whole cohort.
 */
public record CohortPage(AcademySummary academy, CourseSummary course, Cohort cohort, CohortFilter filter,
        List<CohortRow> rows, int total, int behind, int notStarted, int completed, List<Countries.Country> countries) {

    /** Learners on a page of the cohort view. */
    public static final int LEARNERS_PER_PAGE = 50;

    /** The given page of the kept learners (counting from 0); a number out of range gives the nearest page. */
    public Page<CohortRow> shown(int number) {
        int pages = Math.max(1, (rows.size() + LEARNERS_PER_PAGE - 1) / LEARNERS_PER_PAGE);
        int page = Math.clamp(number, 0, pages - 1);
        int from = page * LEARNERS_PER_PAGE;
        return new PageImpl<>(rows.subList(from, Math.min(rows.size(), from + LEARNERS_PER_PAGE)),
                PageRequest.of(page, LEARNERS_PER_PAGE), rows.size());
    }

    public String path() {
        return "/academies/" + academy.slug() + "/cohorts/" + cohort.run().value();
    }
}
