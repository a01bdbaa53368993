package org.collegium.academy.facilitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.Academies;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.academy.CohortSummary;
import org.collegium.academy.Cohorts;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentFact;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.EnrolmentStatus;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Affiliation;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts an academy's enrolments, active learners, completions and certificates, for its administrators and platform
 * administrators, from a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class AcademyFigures {

    static final int ACTIVE_DAYS = 30;

    private final Academies academies;
    private final AcademyAccess access;
    private final Cohorts cohorts;
    private final Courses courses;
    private final Certificates certificates;
    private final Accounts accounts;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    AcademyFigures(Academies academies, AcademyAccess access, Cohorts cohorts, Courses courses,
            Certificates certificates, Accounts accounts, Directory directory, MessageSource messages, Clock clock) {
        this.academies = academies;
        this.access = access;
        this.cohorts = cohorts;
        this.courses = courses;
        this.certificates = certificates;
        this.accounts = accounts;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    public Figures of(AccountId viewer, String academySlug, Locale language, java.time.ZoneId zone) {
        AcademySummary academy = academies.findBySlug(academySlug).orElseThrow(() -> new NotFoundException("academy"));
        access.checkAdministrator(Optional.ofNullable(viewer), academy.id());
        List<EnrolmentFact> facts = cohorts.enrolmentsIn(academy.id()).stream()
                .filter(fact -> fact.status().learns()).toList();
        Set<EnrolmentId> certified = certificates.ofAcademy(viewer, academy.id(), null).stream()
                .filter(CertificateView::isValid).map(CertificateView::enrolment).collect(Collectors.toSet());
        Map<CourseRunId, CohortSummary> runs = cohorts.runs(viewer, List.of(academy.id())).stream()
                .collect(Collectors.toMap(CohortSummary::run, Function.identity()));
        Map<CourseId, CourseSummary> titles = courses.findAll(facts.stream().map(EnrolmentFact::course)
                .collect(Collectors.toSet()));
        List<AccountId> learners = facts.stream().map(EnrolmentFact::learner).distinct().toList();
        Map<AccountId, Affiliation> affiliations = learners.isEmpty() ? Map.of() : accounts.affiliationsOf(learners);
        Map<OrganisationId, OrganisationSummary> organisations = directory.findAll(affiliations.values().stream()
                .map(Affiliation::organisation).filter(Objects::nonNull).distinct().map(OrganisationId::new).toList());
        Instant activeSince = clock.instant().minus(Duration.ofDays(ACTIVE_DAYS));
        String notStated = messages.getMessage("facilitation.figures.not-stated", null, language);

        FigureRow total = new FigureRow(messages.getMessage("facilitation.figures.total", null, language), 0, 0, 0, 0);
        Map<String, FigureRow> byCourse = new LinkedHashMap<>();
        Map<String, FigureRow> byRun = new LinkedHashMap<>();
        Map<String, FigureRow> byCountry = new HashMap<>();
        Map<String, FigureRow> byKind = new HashMap<>();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        for (EnrolmentFact fact : facts) {
            boolean active = fact.lastActivity() != null && fact.lastActivity().isAfter(activeSince);
            boolean completed = fact.status() == EnrolmentStatus.COMPLETED;
            int certificate = certified.contains(fact.enrolment()) ? 1 : 0;
            String course = Optional.ofNullable(titles.get(fact.course())).map(found -> found.titleIn(language).text())
                    .orElse(notStated);
            CohortSummary run = runs.get(fact.run());
            String runLabel = course + " — " + (run == null || run.starts() == null
                    ? messages.getMessage("enrolment.run.kind.SELF_PACED", null, language)
                    : dates.format(run.starts().atZone(zone)));
            Affiliation affiliation = affiliations.get(fact.learner());
            OrganisationSummary organisation = affiliation == null || affiliation.organisation() == null ? null
                    : organisations.get(new OrganisationId(affiliation.organisation()));
            String country = affiliation != null && affiliation.country() != null ? affiliation.country()
                    : organisation != null ? organisation.country() : null;
            String countryLabel = country == null || country.isBlank() ? notStated : Countries.name(country, language);
            String kindLabel = organisation == null || organisation.kind() == null ? notStated
                    : messages.getMessage("network.kind." + organisation.kind().name(), null, language);
            total = total.plus(active, completed, certificate);
            add(byCourse, fact.course().value().toString(), course, active, completed, certificate);
            add(byRun, fact.run().value().toString(), runLabel, active, completed, certificate);
            add(byCountry, countryLabel, countryLabel, active, completed, certificate);
            add(byKind, kindLabel, kindLabel, active, completed, certificate);
        }
        return new Figures(academy, total, sorted(byCourse), sorted(byRun), sorted(byCountry), sorted(byKind));
    }

    private static void add(Map<String, FigureRow> rows, String key, String label, boolean active, boolean completed,
            int certificate) {
        rows.put(key, rows.getOrDefault(key, new FigureRow(label, 0, 0, 0, 0)).plus(active, completed, certificate));
    }

    private static List<FigureRow> sorted(Map<String, FigureRow> rows) {
        List<FigureRow> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparingInt(FigureRow::enrolments).reversed().thenComparing(FigureRow::label));
        return list;
    }
}
