package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.facilitation.AcademyFigures;
import org.collegium.academy.facilitation.FigureRow;
import org.collegium.academy.facilitation.Figures;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ProfileDetails;
import org.collegium.identity.Profiles;
import org.collegium.identity.Roles;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facilitation log (from the events of grading, moderation, announcements, attendance and messages) and the
 * academy's figures, at known numbers, for whom they are meant only.
 */
@CollegiumIntegrationTest
class FacilitationLogAndFiguresIntegrationTests {

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final Profiles profiles;
    private final AcademyFigures figures;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;
    private final EntityManagerFactory entityManagerFactory;

    private String admin;
    private AcademySummary academy;
    private String facilitator;
    private CourseFixtures.Built course;

    @Autowired
    FacilitationLogAndFiguresIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            Profiles profiles, AcademyFigures figures, ApplicationEventPublisher events,
            TransactionTemplate transactions, MockMvc mvc, EntityManagerFactory entityManagerFactory) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.profiles = profiles;
        this.figures = figures;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.entityManagerFactory = entityManagerFactory;
    }

    @BeforeEach
    void anAcademyWithACourse() {
        admin = fixtures.account("admin");
        academy = fixtures.academy(admin);
        facilitator = courseFixtures.facilitator(academy);
        course = courseFixtures.course(fixtures.idOf(admin), academy, true);
    }

    private String page(String url, String email) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theLogKeepsWhatEachFacilitatorDidAndAdministratorsFilterItByFacilitator() throws Exception {
        String other = courseFixtures.facilitator(academy);
        Instant now = Instant.now();
        CourseRunId run = runs.schedule(fixtures.idOf(admin), course.id(), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, null, null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(20)), ZoneId.of("Europe/Paris"), Set.of(fixtures.idOf(facilitator))));
        String learner = fixtures.account("present");
        enrolments.enrol(fixtures.idOf(learner), run);
        LiveSessionId session = runs.addSession(fixtures.idOf(facilitator), run, new SessionPlan(now,
                now.plus(Duration.ofHours(1)), ZoneId.of("Europe/Paris"), "Room 1", null, null));
        EnrolmentId enrolment = enrolments.roster(fixtures.idOf(facilitator), run).getFirst().id();
        runs.recordAttendance(fixtures.idOf(facilitator), session, Map.of(enrolment, true));
        CourseModuleId module = courses.addModule(fixtures.idOf(admin), course.id(), "en", "Checks");
        ActivityId assignment = courses.addActivity(fixtures.idOf(admin), module, new ActivityDraft(
                ActivityKind.ASSIGNMENT, "en", "Action plan", null, null, CompletionRule.ASSIGNMENT_GRADED, null));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AssignmentGraded(assignment, fixtures.idOf(learner), true, Instant.now(),
                    fixtures.idOf(other)));
            events.publishEvent(new AnnouncementPosted(academy.id(), course.id(), fixtures.idOf(other),
                    new DiscussionThreadId(java.util.UUID.randomUUID()), "Welcome week", Instant.now()));
            events.publishEvent(new DiscussionModerated(academy.id(), course.id(), fixtures.idOf(other),
                    ModerationAction.LOCK, new DiscussionThreadId(java.util.UUID.randomUUID()), Instant.now()));
        });

        assertThat(page("/account/facilitation-log", facilitator)).contains("Took attendance: 1 present, 0 absent")
                .doesNotContain("Welcome week");
        assertThat(page("/account/facilitation-log", other)).contains("Released a grade of Action plan",
                "Posted the announcement Welcome week", "Moderated the discussion: locked a thread")
                .doesNotContain("Took attendance");
        String base = "/academies/" + academy.slug() + "/facilitation-log";
        assertThat(page(base, admin)).contains("Took attendance", "Welcome week");
        assertThat(page(base + "?facilitator=" + fixtures.idOf(facilitator).value(), admin))
                .contains("Took attendance").doesNotContain("Welcome week");
        mvc.perform(get(base).with(fixtures.as(facilitator))).andExpect(status().isForbidden());
        String stranger = fixtures.account("stranger");
        fixtures.academy(stranger);
        mvc.perform(get(base).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        assertThat(page("/account/facilitation-log", stranger)).contains("Nothing logged yet.");
    }

    private AccountId learner(String name, String country, java.util.UUID organisation) {
        String email = AcademyFixtures.unique("learner") + "@academy-test.example";
        AccountId id = accounts.createConfirmed(email, name, AcademyFixtures.PASSWORD, Locale.ENGLISH);
        if (country != null || organisation != null) {
            profiles.update(id, new ProfileDetails(name, organisation, null, null, country, List.of(), Set.of(),
                    Locale.ENGLISH, null));
        }
        return id;
    }

    @Test
    void figuresCountEnrolmentsActivityCompletionsAndCertificatesPerCourseRunCountryAndKind() throws Exception {
        AcademyFixtures.OrganisationRow town = fixtures.organisation(AcademyFixtures.unique("Town association"));
        CourseRunId first = courseFixtures.selfPaced(fixtures.idOf(admin), course.id(), EnrolmentPolicy.SELF_SERVICE);
        CourseFixtures.Built second = courseFixtures.course(fixtures.idOf(admin), academy, true);
        CourseRunId other = courseFixtures.selfPaced(fixtures.idOf(admin), second.id(), EnrolmentPolicy.SELF_SERVICE);
        AccountId graduate = learner("Graduate", "FR", null);
        AccountId busy = learner("Busy", "SN", town.id().value());
        AccountId idle = learner("Idle", null, null);
        List.of(graduate, busy, idle).forEach(id -> enrolments.enrol(id, first));
        enrolments.enrol(graduate, other);
        String leaver = fixtures.account("leaver");
        enrolments.enrol(fixtures.idOf(leaver), other);
        enrolments.withdraw(fixtures.idOf(leaver), other);
        enrolments.open(Optional.of(graduate), course.first(), false);
        enrolments.open(Optional.of(graduate), course.second(), false);
        enrolments.open(Optional.of(busy), course.first(), false);

        Figures counted = figures.of(fixtures.idOf(admin), academy.slug(), Locale.ENGLISH, ZoneId.of("UTC"));

        assertThat(counted.total()).extracting(FigureRow::enrolments, FigureRow::active, FigureRow::completions,
                FigureRow::certificates, FigureRow::completionRate).containsExactly(4, 2, 1, 1, 25);
        assertThat(counted.courses()).extracting(FigureRow::label, FigureRow::enrolments, FigureRow::active,
                FigureRow::completions, FigureRow::completionRate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Budgeting " + course.slug(), 3, 2, 1, 33),
                        org.assertj.core.groups.Tuple.tuple("Budgeting " + second.slug(), 1, 0, 0, 0));
        assertThat(counted.runs()).hasSize(2);
        assertThat(counted.countries()).extracting(FigureRow::label, FigureRow::enrolments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("France", 2), org.assertj.core.groups.Tuple.tuple("Not stated", 1),
                org.assertj.core.groups.Tuple.tuple("Senegal", 1));
        assertThat(counted.organisationKinds()).extracting(FigureRow::label, FigureRow::enrolments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Not stated", 3),
                org.assertj.core.groups.Tuple.tuple("Local-government association", 1));

        String html = page("/academies/" + academy.slug() + "/figures", admin);
        assertThat(html).contains("By learners’ country", "25 %", "33 %", "Senegal");
        page("/academies/" + academy.slug() + "/figures", fixtures.platformAdministrator());
        mvc.perform(get("/academies/" + academy.slug() + "/figures").with(fixtures.as(facilitator)))
                .andExpect(status().isForbidden());
        String stranger = fixtures.account("stranger");
        fixtures.academy(stranger);
        mvc.perform(get("/academies/" + academy.slug() + "/figures").with(fixtures.as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/academies/no-such-academy-" + academy.slug() + "/figures").with(fixtures.as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void figuresCostAFixedNumberOfStatements() throws Exception {
        CourseRunId run = courseFixtures.selfPaced(fixtures.idOf(admin), course.id(), EnrolmentPolicy.SELF_SERVICE);
        AccountId one = learner("One", "FR", null);
        enrolments.enrol(one, run);
        enrolments.open(Optional.of(one), course.first(), false);
        enrolments.open(Optional.of(one), course.second(), false);
        String url = "/academies/" + academy.slug() + "/figures";
        statements(url);
        long few = statements(url);
        for (int i = 0; i < 8; i++) {
            AccountId more = learner("More " + i, i % 2 == 0 ? "SN" : null, null);
            enrolments.enrol(more, run);
            enrolments.open(Optional.of(more), course.first(), false);
            enrolments.open(Optional.of(more), course.second(), false);
        }
        assertThat(statements(url)).isEqualTo(few);
    }

    private long statements(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get(url).with(fixtures.as(admin))).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
