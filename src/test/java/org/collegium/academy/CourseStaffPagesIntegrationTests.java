package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff pages: the outline editor, activity forms, runs, the roster, sessions and attendance; and their forbidden paths.
 */
@CollegiumIntegrationTest
class CourseStaffPagesIntegrationTests {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;

    private AcademySummary academy;
    private String adminEmail;
    private AccountId admin;
    private CourseFixtures.Built course;
    private String base;

    @Autowired
    CourseStaffPagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs,
            Enrolments enrolments) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
    }

    @BeforeEach
    void aCourse() {
        adminEmail = fixtures.account("admin");
        academy = fixtures.academy(adminEmail);
        admin = fixtures.idOf(adminEmail);
        course = courseFixtures.course(admin, academy, true);
        base = "/academies/" + academy.slug() + "/manage/courses/" + course.slug();
    }

    @Test
    void anAuthorEditsTheOutline() throws Exception {
        mvc.perform(get("/academies/" + academy.slug() + "/manage/courses").with(fixtures.as(adminEmail)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(course.slug())));
        mvc.perform(get(base + "/modules/" + course.module().value() + "/activities/new").with(fixtures.as(adminEmail)))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/modules/" + course.module().value() + "/activities/new").with(csrf())
                        .with(fixtures.as(adminEmail)).param("kind", "VIDEO").param("language", "en")
                        .param("title", "Typed video").param("videoUrl", "javascript:alert(1)")
                        .param("completionRule", "VIEWED").param("estimatedMinutes", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Typed video")))
                .andExpect(content().string(containsString("http:// or https://")));
        mvc.perform(post(base + "/modules/" + course.module().value() + "/activities/new").with(csrf())
                        .with(fixtures.as(adminEmail)).param("kind", "VIDEO").param("language", "en")
                        .param("title", "Recorded lecture").param("videoUrl", "https://video.example/lecture")
                        .param("completionRule", "VIEWED").param("estimatedMinutes", "12"))
                .andExpect(status().is3xxRedirection());
        List<ActivitySummary> outline = courses.get(Optional.of(admin), course.id()).activities().toList();
        assertThat(outline).extracting(activity -> activity.title().readable("en").orElseThrow())
                .containsExactly("Welcome", "Budgets", "Recorded lecture");
        assertThat(outline.get(2).published()).isFalse();

        ActivityId video = outline.get(2).id();
        mvc.perform(post(base + "/activities/" + video.value() + "/move").with(csrf()).with(fixtures.as(adminEmail))
                .param("direction", "UP")).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/activities/" + video.value() + "/publish").with(csrf()).with(fixtures.as(adminEmail)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/activities/" + video.value()).param("language", "fr").with(fixtures.as(adminEmail)))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/activities/" + video.value()).with(csrf()).with(fixtures.as(adminEmail))
                        .param("kind", "VIDEO").param("language", "fr").param("title", "Conférence enregistrée")
                        .param("videoUrl", "https://video.example/lecture").param("completionRule", "VIEWED"))
                .andExpect(status().is3xxRedirection());
        outline = courses.get(Optional.of(admin), course.id()).activities().toList();
        assertThat(outline).extracting(ActivitySummary::id).containsExactly(course.first(), video, course.second());
        assertThat(outline).extracting(ActivitySummary::number).containsExactly(1, 2, 3);
        assertThat(outline.get(1).title().readable("fr")).contains("Conférence enregistrée");
        assertThat(outline.get(1).published()).isTrue();

        mvc.perform(post(base + "/translations").with(csrf()).with(fixtures.as(adminEmail)).param("language", "fr")
                        .param("title", "Budgets (fr)").param("summary", "Résumé").param("status", "REVIEWED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(fixtures.as(adminEmail)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Budgets (fr)")))
                .andExpect(content().string(containsString("Reviewed")));
    }

    @Test
    void anAuthorPlansACohortAndItsFacilitatorRunsIt() throws Exception {
        String facilitatorEmail = courseFixtures.facilitator(academy);
        AccountId facilitator = fixtures.idOf(facilitatorEmail);
        mvc.perform(get(base + "/runs/new").with(fixtures.as(adminEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString(facilitator.value().toString())));
        mvc.perform(post(base + "/runs/new").with(csrf()).with(fixtures.as(adminEmail)).header("Accept-Language", "en")
                        .param("kind", "COHORT").param("language", "en").param("policy", "APPROVAL")
                        .param("capacity", "2").param("zone", "Europe/Skopje").param("starts", "2030-05-04T09:00")
                        .param("ends", "2030-05-01T09:00").param("facilitators", facilitator.value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give an end after the start.")))
                .andExpect(content().string(containsString("2030-05-01T09:00")));
        assertThat(runs.runsOf(Optional.empty(), course.id())).isEmpty();

        mvc.perform(post(base + "/runs/new").with(csrf()).with(fixtures.as(adminEmail))
                        .param("kind", "COHORT").param("language", "en").param("policy", "APPROVAL")
                        .param("capacity", "2").param("zone", "Europe/Skopje").param("starts", "2030-05-04T09:00")
                        .param("ends", "2030-06-01T17:00").param("facilitators", facilitator.value().toString()))
                .andExpect(status().is3xxRedirection());
        RunView run = runs.runsOf(Optional.empty(), course.id()).getFirst();
        assertThat(run.starts()).isEqualTo(java.time.Instant.parse("2030-05-04T07:00:00Z"));
        assertThat(run.facilitators()).containsExactly(facilitator);

        String learnerEmail = fixtures.account("learner");
        AccountId learner = fixtures.idOf(learnerEmail);
        assertThat(enrolments.enrol(learner, run.id())).isEqualTo(EnrolmentStatus.PENDING_APPROVAL);
        String runPath = base + "/runs/" + run.id().value();
        String outsider = fixtures.account("outsider");
        mvc.perform(get(runPath).with(fixtures.as(outsider))).andExpect(status().isForbidden());
        mvc.perform(get(runPath).with(fixtures.as(learnerEmail))).andExpect(status().isForbidden());
        String page = mvc.perform(get(runPath).with(fixtures.as(facilitatorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(learnerEmail);
        EnrolmentId pending = enrolments.roster(facilitator, run.id()).getFirst().id();

        mvc.perform(post(runPath + "/enrolments/" + pending.value() + "/approve").with(csrf()).with(fixtures.as(outsider)))
                .andExpect(status().isForbidden());
        assertThat(enrolments.roster(facilitator, run.id()).getFirst().status()).isEqualTo(EnrolmentStatus.PENDING_APPROVAL);
        mvc.perform(post(runPath + "/enrolments/" + pending.value() + "/approve").with(csrf())
                .with(fixtures.as(facilitatorEmail))).andExpect(status().is3xxRedirection());
        assertThat(enrolments.roster(facilitator, run.id()).getFirst().status()).isEqualTo(EnrolmentStatus.ACTIVE);

        mvc.perform(post(runPath + "/sessions").with(csrf()).with(fixtures.as(facilitatorEmail))
                        .header("Accept-Language", "en").param("starts", "2030-05-10T14:00")
                        .param("ends", "2030-05-10T17:00").param("zone", "Europe/Skopje").param("place", "")
                        .param("link", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a place, a video-conference link, or both.")));
        mvc.perform(post(runPath + "/sessions").with(csrf()).with(fixtures.as(facilitatorEmail))
                        .param("starts", "2030-05-10T14:00").param("ends", "2030-05-10T17:00")
                        .param("zone", "Europe/Skopje").param("place", "Skopje city hall").param("link", ""))
                .andExpect(status().is3xxRedirection());
        LiveSessionView session = runs.get(Optional.empty(), run.id()).sessions().getFirst();
        mvc.perform(get(runPath + "/sessions/" + session.id().value()).with(fixtures.as(facilitatorEmail)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("presence-" + pending.value())));
        mvc.perform(post(runPath + "/sessions/" + session.id().value()).with(csrf()).with(fixtures.as(outsider))
                .param("presence-" + pending.value(), "present")).andExpect(status().isForbidden());
        assertThat(runs.attendance(facilitator, session.id())).isEmpty();
        mvc.perform(post(runPath + "/sessions/" + session.id().value()).with(csrf()).with(fixtures.as(facilitatorEmail))
                .param("presence-" + pending.value(), "present")).andExpect(status().is3xxRedirection());
        assertThat(runs.attendance(facilitator, session.id())).containsEntry(pending, true);
    }

    @Test
    void invitationsAreTakenByTheRunsFacilitators() throws Exception {
        String facilitatorEmail = courseFixtures.facilitator(academy);
        AccountId facilitator = fixtures.idOf(facilitatorEmail);
        CourseRunId run = runs.schedule(admin, course.id(), new RunPlan(RunKind.SELF_PACED, "en",
                EnrolmentPolicy.INVITATION, null, null, null, null, null, java.time.ZoneId.of("UTC"), Set.of(facilitator)));
        String runPath = base + "/runs/" + run.value();
        mvc.perform(post(runPath + "/invitations").with(csrf()).with(fixtures.as(facilitatorEmail))
                        .header("Accept-Language", "en").param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a valid e-mail address.")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));
        String invited = fixtures.account("invited");
        mvc.perform(post(runPath + "/invitations").with(csrf()).with(fixtures.as(facilitatorEmail))
                .param("email", invited)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_invitation WHERE run_id = ?", Integer.class,
                run.value())).isEqualTo(1);
        assertThat(enrolments.enrol(fixtures.idOf(invited), run)).isEqualTo(EnrolmentStatus.ACTIVE);
    }
}
