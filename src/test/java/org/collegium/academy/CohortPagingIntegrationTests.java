package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cohort view and "My cohorts" at sizes beyond one page: 50 learners or runs a page, filters and counts over the
 * whole cohort, the export with every filtered learner. Learners and runs are written with SQL, as the benchmark
 * does, so that a hundred of them cost milliseconds.
 */
@CollegiumIntegrationTest
class CohortPagingIntegrationTests {

    private static final Pattern NAME = Pattern.compile("<th scope=\"row\">(Paged [^<]+)</th>");

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final CourseRuns runs;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;

    private String admin;
    private AcademySummary academy;
    private CourseFixtures.Built course;
    private CourseRunId run;
    private String path;

    @Autowired
    CohortPagingIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, MockMvc mvc) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.runs = runs;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    @BeforeEach
    void aSelfPacedRunOfOneHundredAndTwentyLearners() {
        admin = fixtures.account("admin");
        academy = fixtures.academy(admin);
        course = courseFixtures.course(fixtures.idOf(admin), academy, true);
        run = courseFixtures.selfPaced(fixtures.idOf(admin), course.id(), EnrolmentPolicy.SELF_SERVICE);
        path = "/academies/" + academy.slug() + "/cohorts/" + run.value();
        // 120 learners "Paged 000" to "Paged 119"; every third completed the course; a withdrawn one is not counted.
        for (int i = 0; i < 120; i++) {
            enrol(String.format("Paged %03d", i), i % 3 == 0 ? "COMPLETED" : "ACTIVE");
        }
        enrol("Paged withdrawn", "WITHDRAWN");
    }

    private void enrol(String name, String status) {
        UUID learner = UUID.randomUUID();
        String email = AcademyFixtures.unique("paged") + "@academy-test.example";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO account (id, email, email_key, display_name, password_hash, created_at, confirmed_at,"
                + " version) VALUES (?, ?, ?, ?, 'not-a-hash', ?, ?, 0)", learner, email, email, name, now, now);
        jdbc.update("INSERT INTO enrolment (id, run_id, course_id, learner_id, status, requested_at, changed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)", UUID.randomUUID(), run.value(), course.id().value(), learner,
                status, now, now);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void theViewShowsFiftyLearnersAPageWithCountsOfTheWholeCohort() throws Exception {
        String first = page(path);
        assertThat(names(first)).hasSize(50).first().isEqualTo("Paged 000");
        assertThat(names(first)).last().isEqualTo("Paged 049");
        assertThat(first).contains("120 of 120 learners shown", "Page 1 of 3", "page=1\" rel=\"next\"")
                .doesNotContain("Paged withdrawn");

        String third = page(path + "?page=2");
        assertThat(names(third)).hasSize(20).first().isEqualTo("Paged 100");
        assertThat(third).contains("Page 3 of 3", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(names(page(path + "?page=99"))).first().isEqualTo("Paged 100");
        assertThat(names(page(path + "?page=-4"))).first().isEqualTo("Paged 000");
    }

    @Test
    void aFilterCountsAndPagesOnlyTheLearnersItKeepsAndThePagerKeepsTheFilter() throws Exception {
        String completed = page(path + "?show=COMPLETED");
        assertThat(completed).contains("40 of 120 learners shown").doesNotContain("rel=\"next\"");
        assertThat(names(completed)).hasSize(40).allSatisfy(name ->
                assertThat(Integer.parseInt(name.substring(6)) % 3).isZero());

        String notStarted = page(path + "?show=NOT_STARTED&page=1");
        assertThat(notStarted).contains("80 of 120 learners shown", "Page 2 of 2",
                "?show=NOT_STARTED&amp;q=&amp;country=&amp;page=0\" rel=\"prev\"");
        assertThat(names(notStarted)).hasSize(30).last().isEqualTo("Paged 119");

        String words = mvc.perform(get(path).param("q", "paged 11").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(names(words)).containsExactly("Paged 011", "Paged 110", "Paged 111", "Paged 112", "Paged 113",
                "Paged 114", "Paged 115", "Paged 116", "Paged 117", "Paged 118", "Paged 119");
    }

    @Test
    void htmxGetsThePageAskedForAndTheExportEveryFilteredLearner() throws Exception {
        String fragment = mvc.perform(get(path).param("page", "1").header("HX-Request", "true")
                .with(fixtures.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("Page 2 of 3");
        assertThat(names(fragment)).hasSize(50).first().isEqualTo("Paged 050");

        String csv = new String(mvc.perform(get(path + "/learners.csv").param("page", "1").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.startsWith("Paged "))).hasSize(120);
    }

    @Test
    void myCohortsShowsFiftyRunsAPageLatestStartFirstWithTheirCounts() throws Exception {
        Instant base = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        List<UUID> scheduled = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID id = UUID.randomUUID();
            Timestamp starts = Timestamp.from(base.plus(Duration.ofDays(i)));
            jdbc.update("INSERT INTO course_run (id, course_id, kind, policy, language, starts_at, ends_at, zone,"
                    + " created_at, version) VALUES (?, ?, 'COHORT', 'SELF_SERVICE', 'en', ?, ?, 'UTC', ?, 0)", id,
                    course.id().value(), starts, starts, Timestamp.from(Instant.now()));
            scheduled.add(id);
        }
        String first = page("/account/cohorts");
        // The self-paced run (no start) first, then the latest start.
        assertThat(first.indexOf(run.value().toString())).isPositive()
                .isLessThan(first.indexOf(scheduled.get(59).toString()));
        assertThat(first).contains("Page 1 of 2", scheduled.get(59).toString(), scheduled.get(11).toString())
                .doesNotContain(scheduled.get(10).toString());
        assertThat(first).containsPattern("<td>120</td>\\s*<td>40 \\(33");
        String second = page("/account/cohorts?page=1");
        assertThat(second).contains("Page 2 of 2", scheduled.get(10).toString(), scheduled.getFirst().toString())
                .doesNotContain(scheduled.get(11).toString(), run.value().toString());
    }

    @Test
    void theFiguresShowTheFiftyLargestRunsAndSayHowManyThereAre() throws Exception {
        UUID learner = jdbc.queryForObject("SELECT learner_id FROM enrolment WHERE run_id = ? AND status = 'ACTIVE'"
                + " FETCH FIRST 1 ROWS ONLY", UUID.class, run.value());
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < 60; i++) {
            UUID small = UUID.randomUUID();
            jdbc.update("INSERT INTO course_run (id, course_id, kind, policy, language, starts_at, ends_at, zone,"
                    + " created_at, version) VALUES (?, ?, 'COHORT', 'SELF_SERVICE', 'en', ?, ?, 'UTC', ?, 0)", small,
                    course.id().value(), Timestamp.from(Instant.now().plus(Duration.ofDays(500 + i))), now, now);
            jdbc.update("INSERT INTO enrolment (id, run_id, course_id, learner_id, status, requested_at, changed_at,"
                    + " version) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 0)", UUID.randomUUID(), small, course.id().value(),
                    learner, now, now);
        }

        String figures = page("/academies/" + academy.slug() + "/figures");

        String runs = figures.substring(figures.indexOf("id=\"figures-runs\""), figures.indexOf("id=\"figures-countries\""));
        assertThat(runs.split("<th scope=\"row\"", -1)).hasSize(51);
        assertThat(runs).contains("<td>120</td>", "The 50 rows with the most enrolments are shown, of 61.");
    }
}
