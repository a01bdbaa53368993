package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Roles;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue, course pages and activity pages as visitors, learners and staff of this and other academies see them.
 */
@CollegiumIntegrationTest
class CoursePagesIntegrationTests {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Courses courses;
    private final Enrolments enrolments;
    private final EntityManagerFactory entityManagerFactory;
    private final Accounts accounts;

    private AcademySummary academy;
    private String adminEmail;
    private AccountId admin;

    @Autowired
    CoursePagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            EntityManagerFactory entityManagerFactory) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.courses = courses;
        this.enrolments = enrolments;
        this.entityManagerFactory = entityManagerFactory;
        this.accounts = accounts;
    }

    @BeforeEach
    void anAcademy() {
        adminEmail = fixtures.account("admin");
        academy = fixtures.academy(adminEmail);
        admin = fixtures.idOf(adminEmail);
    }

    @Test
    void findsPublishedCoursesWhateverTheAccentsWithTheFullPageOrOnlyTheResults() throws Exception {
        String marker = AcademyFixtures.unique("zq").replace("-", "");
        CourseId published = courses.create(admin, academy.id(), new CourseDetails(AcademyFixtures.unique("plan"), "es",
                "Planificación " + marker, "Inversión municipal.", Set.of(ExpertiseTopic.INVESTMENT_PLANNING),
                Set.of(Audience.ADMINISTRATORS), CourseLevel.INTERMEDIATE, Set.of("es", "en"), 12, Set.of(11),
                CourseFormat.MOOC));
        courses.publish(admin, published);
        courses.create(admin, academy.id(), CourseFixtures.details(AcademyFixtures.unique("draft"),
                "Planificacion draft " + marker));

        String page = mvc.perform(get("/courses").param("q", "PLANIFICACION " + marker).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html", "Planificación " + marker, "1 course found").doesNotContain("draft " + marker);

        String fragment = mvc.perform(get("/courses").param("q", marker).param("sdg", "11").param("format", "MOOC")
                        .param("theme", "INVESTMENT_PLANNING").param("language", "es").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"results\"", "Planificación " + marker);

        mvc.perform(get("/courses").param("q", marker).param("sdg", "5"))
                .andExpect(content().string(not(containsString("Planificación " + marker))));
        mvc.perform(get("/academies/{slug}/courses", academy.slug()).param("q", marker).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 cours trouvé")));
    }

    @Test
    void draftsAreOnlyForTheirAuthors() throws Exception {
        CourseFixtures.Built draft = courseFixtures.course(admin, academy, false);
        String otherAdmin = fixtures.account("other");
        AcademySummary other = fixtures.academy(otherAdmin);
        String foreignFacilitator = courseFixtures.facilitator(other);
        String ownFacilitator = courseFixtures.facilitator(academy);
        String path = "/academies/" + academy.slug() + "/courses/" + draft.slug();

        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(foreignFacilitator))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(ownFacilitator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome")));
        mvc.perform(get(path + "/activities/" + draft.first().value()).with(fixtures.as(foreignFacilitator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academies/" + academy.slug() + "/manage/courses/" + draft.slug())
                .with(fixtures.as(foreignFacilitator))).andExpect(status().isNotFound());
    }

    @Test
    void aFacilitatorOfAnotherAcademyCannotAuthorAndNothingIsWritten() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        AcademySummary other = fixtures.academy(fixtures.account("other"));
        String foreign = courseFixtures.facilitator(other);
        String base = "/academies/" + academy.slug() + "/manage/courses";

        mvc.perform(post(base + "/new").with(csrf()).with(fixtures.as(foreign))
                        .param("slug", "intruder").param("language", "en").param("title", "Intruder")
                        .param("summary", "No").param("level", "INTRODUCTORY").param("languages", "en")
                        .param("format", "MOOC"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + course.slug() + "/modules").with(csrf()).with(fixtures.as(foreign))
                .param("title", "Intruding module")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + course.slug() + "/unpublish").with(csrf()).with(fixtures.as(foreign)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(fixtures.as(foreign))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM course WHERE academy_id = ? AND slug = 'intruder'",
                Integer.class, academy.id().value())).isZero();
        CourseView view = courses.get(Optional.empty(), course.id());
        assertThat(view.modules()).hasSize(1);
        assertThat(view.course().isPublished()).isTrue();
    }

    @Test
    void anAuthorCreatesACourseAndBadInputKeepsWhatWasTyped() throws Exception {
        String base = "/academies/" + academy.slug() + "/manage/courses";
        String slug = AcademyFixtures.unique("finance");
        String french = AcademyFixtures.unique("auteur") + "@academy-test.example";
        accounts.createConfirmed(french, "Autrice", AcademyFixtures.PASSWORD, java.util.Locale.FRENCH);
        courseFixtures.staff.appointOnBehalfOf(null, academy.id(), french, org.collegium.identity.Role.FACILITATOR);
        mvc.perform(post(base + "/new").with(csrf()).with(fixtures.as(french))
                        .param("slug", "Not A Slug!").param("language", "en").param("title", "Municipal finance typed")
                        .param("summary", "").param("level", "INTRODUCTORY").param("languages", "en")
                        .param("durationHours", "many").param("format", "MOOC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Municipal finance typed")))
                .andExpect(content().string(containsString("Donnez un résumé.")))
                .andExpect(content().string(containsString("nombre entier d’heures")))
                .andExpect(content().string(containsString("aria-describedby=\"summary-error\"")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM course WHERE academy_id = ?", Integer.class,
                academy.id().value())).isZero();

        mvc.perform(post(base + "/new").with(csrf()).with(fixtures.as(adminEmail))
                        .param("slug", slug).param("language", "en").param("title", "Municipal finance")
                        .param("summary", "Budgets that last.").param("level", "INTRODUCTORY")
                        .param("languages", "en", "fr").param("durationHours", "8").param("format", "MOOC")
                        .param("sdgGoals", "11", "16").param("themes", "MUNICIPAL_FINANCE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base + "/" + slug));
        mvc.perform(post(base + "/" + slug + "/modules").with(csrf()).with(fixtures.as(adminEmail))
                .param("title", "Revenues")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/" + slug).with(fixtures.as(adminEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Revenues")));
    }

    @Test
    void enrolledLearnersOpenSanitisedPagesOthersAreRefusedAndNothingIsWritten() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        courses.updateActivity(admin, course.first(), CourseFixtures.page("Welcome",
                "<p onclick=\"steal()\">Hello <script>alert('x')</script><a href=\"javascript:alert(1)\">bad</a>"
                        + "<a href=\"https://nalas.eu\">good</a></p>"));
        CourseRunId run = courseFixtures.selfPaced(admin, course.id(), EnrolmentPolicy.SELF_SERVICE);
        String learnerEmail = fixtures.account("learner");
        String outsiderEmail = fixtures.account("outsider");
        String coursePath = "/academies/" + academy.slug() + "/courses/" + course.slug();
        String activityPath = coursePath + "/activities/" + course.first().value();

        mvc.perform(get(activityPath).with(fixtures.as(outsiderEmail))).andExpect(status().isForbidden());
        mvc.perform(get(activityPath)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_completion WHERE activity_id = ?", Integer.class,
                course.first().value())).isZero();

        mvc.perform(post(coursePath + "/runs/" + run.value() + "/enrol").with(csrf()).with(fixtures.as(learnerEmail)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        String page = mvc.perform(get(activityPath).with(fixtures.as(learnerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hello", "href=\"https://nalas.eu\"", "rel=\"nofollow\"")
                .doesNotContain("alert(", "onclick", "javascript:");
        assertThat(page).contains(coursePath + "/activities/" + course.second().value());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_completion WHERE activity_id = ?", Integer.class,
                course.first().value())).isEqualTo(1);

        mvc.perform(get("/account/learning").with(fixtures.as(learnerEmail)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("1 of 2 activities completed (50%)")))
                .andExpect(content().string(containsString(coursePath + "/activities/" + course.second().value())));
    }

    @Test
    void authorsPreviewHiddenActivitiesButLearnersCannotOpenThem() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        courses.hideActivity(admin, course.second());
        String learnerEmail = fixtures.account("learner");
        CourseRunId run = courseFixtures.selfPaced(admin, course.id(), EnrolmentPolicy.SELF_SERVICE);
        enrolments.enrol(fixtures.idOf(learnerEmail), run);
        String path = "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/"
                + course.second().value();

        mvc.perform(get(path).with(fixtures.as(learnerEmail))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(adminEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hidden from learners")));
        mvc.perform(get(path.replace(course.second().value().toString(), course.first().value().toString()))
                        .param("preview", "true").with(fixtures.as(adminEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("as a learner would")))
                .andExpect(content().string(not(containsString(course.second().value().toString()))));
    }

    @Test
    void enrolmentOutsideTheWindowIsRefusedWithAClearMessage() throws Exception {
        CourseFixtures.Built course = courseFixtures.course(admin, academy, true);
        java.time.Instant now = java.time.Instant.now();
        CourseRuns runs = courseFixtures.runs;
        CourseRunId closed = runs.schedule(admin, course.id(), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, 5, now.minusSeconds(86_400 * 5), now.minusSeconds(60),
                now.plusSeconds(86_400), now.plusSeconds(86_400 * 30), java.time.ZoneId.of("UTC"), Set.of()));
        String learner = fixtures.account("late");
        String coursePath = "/academies/" + academy.slug() + "/courses/" + course.slug();

        org.springframework.test.web.servlet.MvcResult result = mvc.perform(
                        post(coursePath + "/runs/" + closed.value() + "/enrol").with(csrf()).with(fixtures.as(learner)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(coursePath);
        assertThat(((org.collegium.shared.web.Flash) result.getFlashMap().get("flash")).code())
                .isEqualTo("enrolment.window.closed");
        mvc.perform(get(coursePath).with(fixtures.as(learner)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Enrolment is not open.")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE run_id = ?", Integer.class,
                closed.value())).isZero();
    }

    @Test
    void catalogueAndCoursePageCostAFixedNumberOfStatements() throws Exception {
        String marker = AcademyFixtures.unique("stmt").replace("-", "");
        for (int i = 0; i < 2; i++) {
            publishedWithRun(marker, 1);
        }
        long two = statements("/courses?q=" + marker);
        for (int i = 0; i < 4; i++) {
            publishedWithRun(marker, 1);
        }
        long six = statements("/courses?q=" + marker);
        assertThat(six).isEqualTo(two);

        CourseFixtures.Built small = publishedWithRun(marker, 1);
        CourseFixtures.Built large = publishedWithRun(marker, 4);
        long smallPage = statements("/academies/" + academy.slug() + "/courses/" + small.slug());
        long largePage = statements("/academies/" + academy.slug() + "/courses/" + large.slug());
        assertThat(largePage).isEqualTo(smallPage);
    }

    private CourseFixtures.Built publishedWithRun(String marker, int modules) {
        String slug = AcademyFixtures.unique("c");
        CourseId id = courses.create(admin, academy.id(), CourseFixtures.details(slug, marker + " " + slug));
        CourseModuleId first = null;
        for (int m = 0; m < modules; m++) {
            CourseModuleId module = courses.addModule(admin, id, "en", "Module " + m);
            first = first == null ? module : first;
            courses.addActivity(admin, module, CourseFixtures.page("Page " + m, "<p>Text</p>"));
            courses.addActivity(admin, module, CourseFixtures.page("More " + m, "<p>Text</p>"));
        }
        courses.publish(admin, id);
        courseFixtures.cohort(admin, id, 10, Set.of());
        courseFixtures.selfPaced(admin, id, EnrolmentPolicy.SELF_SERVICE);
        return new CourseFixtures.Built(id, slug, first, null, null);
    }

    private long statements(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get(url)).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
