package org.collegium.academy.facilitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.Academies;
import org.collegium.academy.Cohort;
import org.collegium.academy.CohortMember;
import org.collegium.academy.CohortSummary;
import org.collegium.academy.Cohorts;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Affiliation;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort view of a run for its facilitators, the academy's administrators and platform administrators: a run of
 * another academy is not found, anyone else is refused. The whole cohort is read (members as a projection, accounts
 * and affiliations one statement per {@link org.collegium.shared.Chunks#SIZE} learners) so that filters and counts are
 * over all of it; the page shows {@link CohortPage#LEARNERS_PER_PAGE} of them at a time.
 */
@Service
@Transactional(readOnly = true)
public class CohortBoard {

    /** Runs on a page of "My cohorts". */
    public static final int RUNS_PER_PAGE = 50;

    private final Academies academies;
    private final Cohorts cohorts;
    private final Courses courses;
    private final CourseAccess access;
    private final Accounts accounts;
    private final Directory directory;
    private final Roles roles;
    private final Clock clock;

    CohortBoard(Academies academies, Cohorts cohorts, Courses courses, CourseAccess access, Accounts accounts,
            Directory directory, Roles roles, Clock clock) {
        this.academies = academies;
        this.cohorts = cohorts;
        this.courses = courses;
        this.access = access;
        this.accounts = accounts;
        this.directory = directory;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * A page of {@link #RUNS_PER_PAGE} of the runs the account facilitates and of every run of the academies it
     * administers, latest start first; a page number past the last gives the last page.
     */
    public Page<CohortListing> mine(AccountId viewer, int page) {
        List<AcademyId> administered = roles.scopesOf(viewer, Role.ACADEMY_ADMINISTRATOR).stream()
                .map(AcademyId::new).toList();
        Page<CohortSummary> runs = cohorts.runs(viewer, administered, PageRequest.of(Math.max(0, page), RUNS_PER_PAGE));
        if (runs.getNumber() > 0 && runs.getNumber() >= runs.getTotalPages()) {
            runs = cohorts.runs(viewer, administered, PageRequest.of(runs.getTotalPages() - 1, RUNS_PER_PAGE));
        }
        Map<CourseId, CourseSummary> titles = courses.findAll(runs.map(CohortSummary::course).toSet());
        List<CohortListing> listed = runs.stream().filter(run -> titles.containsKey(run.course()))
                .map(run -> new CohortListing(run, titles.get(run.course()))).toList();
        return new PageImpl<>(listed, runs.getPageable(), runs.getTotalElements());
    }

    public CohortPage open(AccountId viewer, String academySlug, String runId, CohortFilter filter, Locale language) {
        AcademySummary academy = academies.findBySlug(academySlug).orElseThrow(() -> new NotFoundException("academy"));
        CourseRunId run = new CourseRunId(parse(runId));
        Cohort cohort = cohorts.cohort(run).orElseThrow(() -> new NotFoundException("run"));
        CourseSummary course = Optional.ofNullable(courses.findAll(List.of(cohort.course())).get(cohort.course()))
                .filter(found -> found.academy().equals(academy.id()))
                .orElseThrow(() -> new NotFoundException("run"));
        if (!access.mayFacilitate(viewer, run)) {
            throw new AccessDeniedException("may not follow run " + run.value());
        }
        List<CohortRow> all = rows(cohort, language);
        List<CohortRow> kept = all.stream().filter(filter::matches).toList();
        List<String> codes = all.stream().map(CohortRow::country).filter(code -> !code.isEmpty()).distinct().toList();
        return new CohortPage(academy, course, cohort, filter, kept, all.size(),
                (int) all.stream().filter(CohortRow::behind).count(),
                (int) all.stream().filter(CohortRow::notStarted).count(),
                (int) all.stream().filter(row -> row.member().completed()).count(),
                Countries.named(codes, language));
    }

    private List<CohortRow> rows(Cohort cohort, Locale language) {
        List<AccountId> ids = cohort.members().stream().map(CohortMember::learner).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<AccountId, AccountSummary> people = accounts.findAll(ids);
        Map<AccountId, Affiliation> affiliations = accounts.affiliationsOf(ids);
        Map<OrganisationId, OrganisationSummary> organisations = directory.findAll(affiliations.values().stream()
                .map(Affiliation::organisation).filter(Objects::nonNull).distinct().map(OrganisationId::new).toList());
        Instant now = clock.instant();
        return cohort.members().stream().map(member -> {
            AccountSummary person = people.get(member.learner());
            Affiliation affiliation = affiliations.get(member.learner());
            OrganisationSummary organisation = affiliation == null || affiliation.organisation() == null ? null
                    : organisations.get(new OrganisationId(affiliation.organisation()));
            String country = affiliation != null && affiliation.country() != null ? affiliation.country()
                    : organisation != null && organisation.country() != null ? organisation.country() : "";
            int percent = cohort.required() == 0 ? (member.completed() ? 100 : 0)
                    : Math.min(100, 100 * member.done() / cohort.required());
            boolean behind = FallingBehind.applies(cohort.kind(), cohort.starts(), cohort.ends(), member.done(),
                    cohort.required(), member.completed(), member.enrolledAt(), member.lastActivity(), now);
            return new CohortRow(member, person == null ? "" : person.displayName(),
                    person == null ? "" : person.email(), organisation == null ? "" : organisation.name(), country,
                    country.isEmpty() ? "" : Countries.name(country, language), cohort.required(), percent, behind);
        }).sorted(Comparator.comparing(CohortRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("run");
        }
    }
}
