package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@CollegiumIntegrationTest
class CourseApiIntegrationTests {

    private final MockMvc mvc;
    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Accounts accounts;

    private AcademySummary academy;
    private AccountId admin;

    @Autowired
    CourseApiIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments) {
        this.mvc = mvc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
    }

    @BeforeEach
    void anAcademy() {
        String adminEmail = fixtures.account("admin");
        academy = fixtures.academy(adminEmail);
        admin = fixtures.idOf(adminEmail);
    }

    @Test
    void listsPublishedCoursesOfTheAcademyWithTextsInTheAskedLanguage() throws Exception {
        CourseFixtures.Built published = courseFixtures.course(admin, academy, true);
        courses.translate(admin, published.id(), "fr", "Budgets en français", "Un cours sur les budgets.",
                org.collegium.shared.i18n.TranslationStatus.TRANSLATED);
        CourseFixtures.Built draft = courseFixtures.course(admin, academy, false);

        mvc.perform(get("/api/v1/courses").param("academy", academy.slug()).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].slug").value(published.slug()))
                .andExpect(jsonPath("$.items[0].title.text").value("Budgets en français"))
                .andExpect(jsonPath("$.items[0].title.language").value("fr"))
                .andExpect(jsonPath("$.items[0].title.fallback").value(false))
                .andExpect(jsonPath("$.items[0].themes[0]").value("MUNICIPAL_FINANCE"))
                .andExpect(jsonPath("$.items[0].format").value("FACILITATED_COHORT"));
        mvc.perform(get("/api/v1/courses").param("academy", academy.slug()).header("Accept-Language", "es"))
                .andExpect(jsonPath("$.items[0].title.fallback").value(true))
                .andExpect(jsonPath("$.items[?(@.slug == '" + draft.slug() + "')]").isEmpty());
    }

    @Test
    void refusesAPageSizeOverAHundredAndAnUnknownThemeWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/courses").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/courses").param("theme", "ASTROLOGY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void myEnrolmentsAndProgressNeedASignedInLearner() throws Exception {
        mvc.perform(get("/api/v1/me/enrolments")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me/progress")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void enrolsTheSignedInLearnerAndShowsTheirProgress() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        CourseRunId run = courseFixtures.selfPaced(admin, course.id(), EnrolmentPolicy.SELF_SERVICE);
        String learner = fixtures.account("learner");

        mvc.perform(post("/api/v1/runs/{run}/enrolments", run.value()).with(fixtures.as(learner)))
                .andExpect(status().isForbidden());
        assertThat(enrolments.learningOf(fixtures.idOf(learner))).isEmpty();

        mvc.perform(post("/api/v1/runs/{run}/enrolments", run.value()).with(fixtures.as(learner)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/me/enrolments").with(fixtures.as(learner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].run").value(run.value().toString()))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].course.slug").value(course.slug()));
        mvc.perform(get("/api/v1/me/progress").with(fixtures.as(learner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].completed").value(0))
                .andExpect(jsonPath("$[0].required").value(2))
                .andExpect(jsonPath("$[0].next.text").value("Welcome"));
    }

    @Test
    void refusesEnrolmentOutsideTheWindowWithALocalisedConflict() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        Instant now = Instant.now();
        CourseRunId closed = runs.schedule(admin, course.id(), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, 10, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)), ZoneId.of("Europe/Skopje"), Set.of()));
        String learner = AcademyFixtures.unique("tardive") + "@academy-test.example";
        accounts.createConfirmed(learner, "Apprenante", AcademyFixtures.PASSWORD, java.util.Locale.FRENCH);

        mvc.perform(post("/api/v1/runs/{run}/enrolments", closed.value()).with(fixtures.as(learner)).with(csrf())
                        .header("Accept-Language", "fr-FR"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("enrolment.window.closed"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.startsWith("Les inscriptions")));
        assertThat(enrolments.learningOf(fixtures.idOf(learner))).isEmpty();
    }

    @Test
    void givesACourseWithItsPublishedOutlineAndItsRunsBySlugOrId() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        ActivityId hidden = courses.addActivity(admin, course.module(), CourseFixtures.page("Not yet", "<p>Soon</p>"));
        CourseRunId cohort = courseFixtures.cohort(admin, course.id(), 25, Set.of());
        Instant starts = Instant.now().plus(Duration.ofDays(12));
        runs.addSession(admin, cohort, new SessionPlan(starts, starts.plus(Duration.ofHours(3)),
                ZoneId.of("Europe/Skopje"), "Skopje city hall", "https://meet.example/budget", null));

        for (String name : List.of(course.slug(), course.id().value().toString())) {
            mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), name))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.course.slug").value(course.slug()))
                    .andExpect(jsonPath("$.audiences[0]").value("PRACTITIONERS"))
                    .andExpect(jsonPath("$.modules[0].number").value(1))
                    .andExpect(jsonPath("$.modules[0].title.text").value("Getting started"))
                    .andExpect(jsonPath("$.modules[0].activities.length()").value(2))
                    .andExpect(jsonPath("$.modules[0].activities[0].title.text").value("Welcome"))
                    .andExpect(jsonPath("$.modules[0].activities[0].kind").value("PAGE"))
                    .andExpect(jsonPath("$.modules[0].activities[0].completion").value("VIEWED"))
                    .andExpect(jsonPath("$.modules[0].activities[?(@.id == '" + hidden.value() + "')]").isEmpty())
                    .andExpect(jsonPath("$.runs[0].id").value(cohort.value().toString()))
                    .andExpect(jsonPath("$.runs[0].kind").value("COHORT"))
                    .andExpect(jsonPath("$.runs[0].capacity").value(25))
                    .andExpect(jsonPath("$.runs[0].seatsLeft").value(25))
                    .andExpect(jsonPath("$.runs[0].enrolmentOpen").value(true))
                    .andExpect(jsonPath("$.runs[0].timeZone").value("Europe/Skopje"))
                    .andExpect(jsonPath("$.runs[0].sessions[0].place").value("Skopje city hall"))
                    .andExpect(jsonPath("$.runs[0].sessions[0].link").doesNotExist());
        }
    }

    @Test
    void givesTheSessionLinkOnlyToTheRunsLearners() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        CourseRunId cohort = courseFixtures.cohort(admin, course.id(), 25, Set.of());
        Instant starts = Instant.now().plus(Duration.ofDays(12));
        runs.addSession(admin, cohort, new SessionPlan(starts, starts.plus(Duration.ofHours(1)),
                ZoneId.of("Europe/Skopje"), null, "https://meet.example/cohort", null));
        String learner = fixtures.account("learner");
        String outsider = fixtures.account("outsider");
        enrolments.enrol(fixtures.idOf(learner), cohort);

        mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), course.slug()).with(fixtures.as(learner)))
                .andExpect(jsonPath("$.runs[0].myStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.runs[0].seatsLeft").value(24))
                .andExpect(jsonPath("$.runs[0].sessions[0].link").value("https://meet.example/cohort"));
        mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), course.slug()).with(fixtures.as(outsider)))
                .andExpect(jsonPath("$.runs[0].myStatus").doesNotExist())
                .andExpect(jsonPath("$.runs[0].sessions[0].link").doesNotExist());
    }

    @Test
    void hidesDraftsAndCoursesOfOtherAcademiesBehindA404Problem() throws Exception {
        CourseFixtures.Built draft = courseFixtures.course(admin, academy, false);
        String otherAdmin = fixtures.account("other-admin");
        AcademySummary other = fixtures.academy(otherAdmin);
        CourseFixtures.Built elsewhere = courseFixtures.course(fixtures.idOf(otherAdmin), other, true);

        mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), draft.slug()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), draft.slug())
                        .with(fixtures.as(fixtures.account("learner"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), elsewhere.id().value().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/{academy}/{course}", academy.slug(), elsewhere.slug()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/{academy}/{course}", "no-such-academy", draft.slug()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/{academy}/{course}", other.slug(), elsewhere.slug()))
                .andExpect(status().isOk());
    }

    @Test
    void theOpenApiDocumentListsTheCoursePaths() throws Exception {
        String json = mvc.perform(get("/api/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"/api/v1/courses\"", "\"/api/v1/me/enrolments\"", "\"/api/v1/me/progress\"",
                "\"/api/v1/runs/{runId}/enrolments\"",
                "\"/api/v1/courses/{academySlug}/{course}\"", "X-XSRF-TOKEN");
    }
}
