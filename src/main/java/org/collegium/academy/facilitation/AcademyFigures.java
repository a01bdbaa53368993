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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.Academies;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.academy.Cohorts;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.academy.LearnerFigures;
import org.collegium.academy.RunFigures;
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
 * administrators. The database sums per run and per learner (GROUP BY); only those sums, the learners' affiliations
 * (one statement per {@link org.collegium.shared.Chunks#SIZE} learners) and the certificates are read here.
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
        Instant activeSince = clock.instant().minus(Duration.ofDays(ACTIVE_DAYS));
        List<RunFigures> perRun = cohorts.figuresPerRun(academy.id(), activeSince);
        Map<CourseRunId, RunFigures> runs = perRun.stream()
                .collect(Collectors.toMap(RunFigures::run, Function.identity()));
        List<CertificateView> valid = certificates.ofAcademy(viewer, academy.id(), null).stream()
                .filter(CertificateView::isValid).filter(certificate -> runs.containsKey(certificate.run())).toList();
        Map<CourseRunId, Integer> certifiedPerRun = valid.stream()
                .collect(Collectors.toMap(CertificateView::run, certificate -> 1, Integer::sum));
        Map<AccountId, Integer> certifiedPerLearner = valid.stream()
                .collect(Collectors.toMap(CertificateView::learner, certificate -> 1, Integer::sum));
        Map<CourseId, CourseSummary> titles = courses.findAll(perRun.stream().map(RunFigures::course)
                .collect(Collectors.toSet()));
        String notStated = messages.getMessage("facilitation.figures.not-stated", null, language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);

        FigureRow total = new FigureRow(messages.getMessage("facilitation.figures.total", null, language), 0, 0, 0, 0);
        Map<String, FigureRow> byCourse = new LinkedHashMap<>();
        Map<String, FigureRow> byRun = new LinkedHashMap<>();
        for (RunFigures run : perRun) {
            String course = Optional.ofNullable(titles.get(run.course())).map(found -> found.titleIn(language).text())
                    .orElse(notStated);
            String runLabel = course + " — " + (run.starts() == null
                    ? messages.getMessage("enrolment.run.kind.SELF_PACED", null, language)
                    : dates.format(run.starts().atZone(zone)));
            int certified = certifiedPerRun.getOrDefault(run.run(), 0);
            total = total.plus(run.enrolments(), run.active(), run.completions(), certified);
            add(byCourse, run.course().value().toString(), course, run, certified);
            add(byRun, run.run().value().toString(), runLabel, run, certified);
        }

        List<LearnerFigures> learners = cohorts.figuresPerLearner(academy.id(), activeSince);
        Map<AccountId, Affiliation> affiliations = accounts.affiliationsOf(learners.stream()
                .map(LearnerFigures::learner).toList());
        Map<OrganisationId, OrganisationSummary> organisations = directory.findAll(affiliations.values().stream()
                .map(Affiliation::organisation).filter(Objects::nonNull).distinct().map(OrganisationId::new).toList());
        Map<String, FigureRow> byCountry = new HashMap<>();
        Map<String, FigureRow> byKind = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        for (LearnerFigures learner : learners) {
            Affiliation affiliation = affiliations.get(learner.learner());
            OrganisationSummary organisation = affiliation == null || affiliation.organisation() == null ? null
                    : organisations.get(new OrganisationId(affiliation.organisation()));
            String country = affiliation != null && affiliation.country() != null ? affiliation.country()
                    : organisation != null ? organisation.country() : null;
            String countryLabel = country == null || country.isBlank() ? notStated
                    : countryNames.computeIfAbsent(country, code -> Countries.name(code, language));
            String kindLabel = organisation == null || organisation.kind() == null ? notStated
                    : messages.getMessage("network.kind." + organisation.kind().name(), null, language);
            int certified = certifiedPerLearner.getOrDefault(learner.learner(), 0);
            add(byCountry, countryLabel, countryLabel, learner, certified);
            add(byKind, kindLabel, kindLabel, learner, certified);
        }
        return new Figures(academy, total, sorted(byCourse), sorted(byRun), sorted(byCountry), sorted(byKind));
    }

    private static void add(Map<String, FigureRow> rows, String key, String label, RunFigures run, int certified) {
        rows.put(key, rows.getOrDefault(key, new FigureRow(label, 0, 0, 0, 0)).plus(run.enrolments(), run.active(),
                run.completions(), certified));
    }

    private static void add(Map<String, FigureRow> rows, String key, String label, LearnerFigures learner,
            int certified) {
        rows.put(key, rows.getOrDefault(key, new FigureRow(label, 0, 0, 0, 0)).plus(learner.enrolments(),
                learner.active(), learner.completions(), certified));
    }

    private static List<FigureRow> sorted(Map<String, FigureRow> rows) {
        List<FigureRow> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparingInt(FigureRow::enrolments).reversed().thenComparing(FigureRow::label));
        return list;
    }
}
