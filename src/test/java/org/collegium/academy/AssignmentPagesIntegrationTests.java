package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The assignment pages over HTTP on the real database: staff set up an assignment (bad input comes back with its
 * errors and what was typed), learners save drafts and hand in text and files (late, or refused after the
 * cut-off with nothing written), staff grade and release, peers review each other; submission files are read only
 * by their author, the academy's staff and the peers reviewing them; another academy gets 404 or 403.
 */
@CollegiumIntegrationTest
class AssignmentPagesIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final AcademyFixtures fixtures;
    private final EnrolledCourses courses;
    private final Assignments assignments;

    private AcademySummary academy;
    private AccountId admin;
    private String adminEmail;
    private String learner;
    private String peer;
    private String bystander;
    private String otherAdmin;
    private AcademySummary otherAcademy;
    private EnrolledCourses.Course course;
    private ActivityId activity;
    private String activityPath;
    private String managePath;

    @Autowired
    AssignmentPagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs,
            Enrolments enrolments, Assignments assignments) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.assignments = assignments;
    }

    @BeforeEach
    void anAssignmentActivityWithThreeLearnersAndAnotherAcademy() {
        adminEmail = fixtures.account("admin");
        academy = fixtures.academy(adminEmail);
        admin = fixtures.idOf(adminEmail);
        learner = fixtures.account("learner");
        peer = fixtures.account("peer");
        bystander = fixtures.account("bystander");
        course = courses.create(admin, academy.id(),
                Set.of(fixtures.idOf(learner), fixtures.idOf(peer), fixtures.idOf(bystander)),
                new ActivityDraft(ActivityKind.ASSIGNMENT, "en", "Action plan", "<p>Plan</p>", null,
                        CompletionRule.ASSIGNMENT_GRADED, 60));
        activity = course.activity(0);
        activityPath = "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/" + activity.value();
        managePath = "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + activity.value();
        otherAdmin = fixtures.account("admin-b");
        otherAcademy = fixtures.academy(otherAdmin);
    }

    @Test
    void staffSetUpAnAssignmentWithARubricGrowingWithoutJavaScript() throws Exception {
        String more = page(settings(adminEmail, "more", "rows"));
        assertThat(more).contains("name=\"rubric[2].title\"", "value=\"Analysis\"", "name=\"rubric[0].levels[3].title\"");
        assertThat(assignmentRows()).isZero();

        MvcResult saved = mvc.perform(settings(adminEmail)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(flashCode(saved)).isEqualTo("assignment.settings.saved");

        AssignmentView view = assignments.assignment(admin, activity);
        assertThat(view.rubric()).extracting(RubricCriterion::title).containsExactly("Analysis", "Plan");
        assertThat(view.totalPoints()).isEqualTo(9);
        assertThat(view.instructions()).contains("Write your plan").doesNotContain("onclick");
        assertThat(view.latePolicy()).isEqualTo(LatePolicy.ACCEPT_AND_MARK_LATE);
        assertThat(page(get(managePath + "/assignment").with(fixtures.as(adminEmail))))
                .contains("value=\"2030-06-30T17:00\"", "value=\"Analysis\"", "value=\"Complete\"");
    }

    @Test
    void badSettingsComeBackWithTheirErrorsAndWhatWasTypedAndNothingIsStored() throws Exception {
        String unreadable = page(settings(adminEmail, "dueAt", "next friday"));
        assertThat(unreadable).contains("Give a date and time", "value=\"next friday\"", "value=\"Analysis\"");

        String cutOff = page(settings(adminEmail, "cutOffAt", "2030-06-29T17:00"));
        assertThat(cutOff).contains("The cut-off cannot come before the due date.", "value=\"2030-06-29T17:00\"");

        String noRubric = page(settings(adminEmail, "rubric[0].title", "", "rubric[0].levels[0].title", "",
                "rubric[0].levels[0].points", "", "rubric[0].levels[1].title", "", "rubric[0].levels[1].points", "",
                "rubric[0].levels[2].title", "", "rubric[0].levels[2].points", "", "rubric[1].title", "",
                "rubric[1].levels[0].title", "", "rubric[1].levels[0].points", "", "rubric[1].levels[1].title", "",
                "rubric[1].levels[1].points", ""));
        assertThat(noRubric).contains("A rubric needs between 1 and 30 criteria.");

        String points = page(settings(adminEmail, "rubric[1].levels[1].points", "many"));
        assertThat(points).contains("Give a whole number.", "value=\"many\"");

        String french = page(settings(adminEmail, "passMark", "99")
                .cookie(new jakarta.servlet.http.Cookie("collegium_lang", "fr")), "fr");
        assertThat(french).contains("Le seuil de réussite");

        String tampered = page(settings(adminEmail, "latePolicy", "SOMETIMES")
                .cookie(new jakarta.servlet.http.Cookie("collegium_lang", "fr")), "fr");
        assertThat(tampered).contains("Cette valeur est illisible").doesNotContain("Failed to convert");
        assertThat(assignmentRows()).isZero();
    }

    @Test
    void theRubricIsFrozenOnceGradedAndThePageSaysSo() throws Exception {
        create(Instant.now().plus(Duration.ofDays(3)), null, LatePolicy.REFUSE, PeerReviewSettings.off());
        handIn(learner, "My plan", null);
        assignments.grade(admin, activity, fixtures.idOf(learner), new GradeInput(List.of(2, 1), "Good"));
        String refused = page(settings(adminEmail, "rubric[1].title", "Another plan"));
        assertThat(refused).contains("The rubric cannot change once a submission has been graded.");
        assertThat(assignments.assignment(admin, activity).rubric()).extracting(RubricCriterion::title)
                .containsExactly("Analysis", "Plan");
    }

    @Test
    void aLearnerSavesADraftThenHandsInTextAndAFileSanitised() throws Exception {
        createForFiles(PeerReviewSettings.off());
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("Nothing handed in", "Save draft",
                "Hand in", "Not accepted after the due date.");

        MvcResult draft = mvc.perform(work(learner, "<p onclick=\"x()\">First ideas</p><script>alert(1)</script>",
                upload("plan.pdf", PDF), "draft")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(flashCode(draft)).isEqualTo("assignment.draft.saved");
        SubmissionView saved = assignments.mySubmission(fixtures.idOf(learner), activity).orElseThrow();
        assertThat(saved.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(saved.text()).contains("First ideas").doesNotContain("onclick", "script");
        assertThat(saved.file()).isNotNull();
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("First ideas", "plan.pdf",
                "Draft, not handed in");

        MvcResult handedIn = mvc.perform(work(learner, "<p>Final plan</p>", null, "submit"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(flashCode(handedIn)).isEqualTo("assignment.handed-in");
        SubmissionView submitted = assignments.mySubmission(fixtures.idOf(learner), activity).orElseThrow();
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.file()).isEqualTo(saved.file());
        assertThat(submitted.versions()).singleElement().extracting(SubmittedVersion::late).isEqualTo(false);
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("Final plan", "Version 1",
                "/media/" + saved.file() + "/download");
    }

    @Test
    void lateWorkIsMarkedLateAndWorkAfterTheCutOffIsRefusedWithNothingWritten() throws Exception {
        create(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)),
                LatePolicy.ACCEPT_AND_MARK_LATE, PeerReviewSettings.off());
        MvcResult late = mvc.perform(work(learner, "Sorry", null, "submit")).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(flashCode(late)).isEqualTo("assignment.handed-in.late");
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("Late",
                "Accepted after the due date and marked late, until the cut-off on");

        assignments.update(admin, activity, settings(SubmissionType.TEXT, Instant.now().minus(Duration.ofHours(2)),
                Instant.now().minus(Duration.ofSeconds(2)), LatePolicy.ACCEPT_AND_MARK_LATE, PeerReviewSettings.off()));
        MvcResult refused = mvc.perform(work(peer, "Too late", upload("late.pdf", PDF), "submit"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(flashCode(refused)).isEqualTo("assignment.submission.past-cut-off");
        assertThat(submissionRows(peer)).isZero();
        assertThat(fileRows(peer)).isZero();
        String shown = page(get(activityPath).with(fixtures.as(peer)).cookie(refused.getResponse().getCookies()));
        assertThat(shown).contains("The cut-off has passed", "Too late");
    }

    @Test
    void aFileOfTheWrongKindIsRefusedKeepingTheTextAndNothingWritten() throws Exception {
        create(Instant.now().plus(Duration.ofDays(3)), null, LatePolicy.REFUSE, PeerReviewSettings.off());
        MvcResult refused = mvc.perform(work(learner, "My careful text", upload("plan.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "submit"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(flashCode(refused)).startsWith("media.upload.");
        assertThat(submissionRows(learner)).isZero();
        assertThat(fileRows(learner)).isZero();
        assertThat(page(get(activityPath).with(fixtures.as(learner)).cookie(refused.getResponse().getCookies())))
                .contains("My careful text");
    }

    @Test
    void aLearnerWithdrawsAndCanNoLongerHandIn() throws Exception {
        create(Instant.now().plus(Duration.ofDays(3)), null, LatePolicy.REFUSE, PeerReviewSettings.off());
        handIn(learner, "My plan", null);
        mvc.perform(post(activityPath + "/submission/withdraw").with(fixtures.as(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(assignments.mySubmission(fixtures.idOf(learner), activity).orElseThrow().status())
                .isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("Withdrawn").doesNotContain("Hand in");
        MvcResult refused = mvc.perform(work(learner, "Back again", null, "submit"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(flashCode(refused)).isEqualTo("assignment.submission.withdrawn");
        assertThat(assignments.mySubmission(fixtures.idOf(learner), activity).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void staffGradeAndReleaseAndTheLearnerSeesTheGradeOnlyOnceReleased() throws Exception {
        create(Instant.now().plus(Duration.ofDays(3)), null, LatePolicy.REFUSE, PeerReviewSettings.off());
        handIn(learner, "My plan", null);
        AccountId learnerId = fixtures.idOf(learner);
        String list = page(get(managePath + "/submissions").param("filter", "to-grade").with(fixtures.as(adminEmail)));
        assertThat(list).contains(managePath + "/submissions/" + learnerId.value(), "Handed in", "Not graded");

        assertThat(page(get(managePath + "/submissions/" + learnerId.value()).with(fixtures.as(adminEmail))))
                .contains("My plan", "Version 1", "Save grade", "Release grade");
        String incomplete = page(post(managePath + "/submissions/" + learnerId.value()).param("levels[0]", "2")
                .param("feedback", "<p>Strong analysis</p>").param("action", "save")
                .with(fixtures.as(adminEmail)).with(csrf()));
        assertThat(incomplete).contains("Choose one level for every criterion.", "Strong analysis");
        assertThat(gradeRows(learnerId)).isZero();

        mvc.perform(post(managePath + "/submissions/" + learnerId.value()).param("levels[0]", "2")
                        .param("levels[1]", "1").param("feedback", "<p>Strong analysis</p>").param("action", "save")
                        .with(fixtures.as(adminEmail)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).doesNotContain("Strong analysis", "9 of 9 points");
        assertThat(page(get(managePath + "/submissions").param("filter", "graded").with(fixtures.as(adminEmail))))
                .contains("Draft grade");

        mvc.perform(post(managePath + "/submissions/" + learnerId.value()).param("levels[0]", "2")
                        .param("levels[1]", "1").param("feedback", "<p>Strong analysis</p>").param("action", "release")
                        .with(fixtures.as(adminEmail)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("Strong analysis", "9 of 9 points",
                "Passed", "Complete");
    }

    @Test
    void peersReviewEachOthersWorkAndReceiveTheReviews() throws Exception {
        createForFiles(new PeerReviewSettings(1, Duration.ofDays(2), false));
        handIn(learner, "Plan of the learner", upload("learner.pdf", PDF));
        handIn(peer, "Plan of the peer", upload("peer.pdf", PDF));
        String reviews = page(get(activityPath + "/reviews").with(fixtures.as(learner)));
        assertThat(reviews).contains("Plan of the peer", "Download the file");
        PeerReviewTask task = assignments.reviewsToDo(fixtures.idOf(learner), activity).getFirst();

        String refused = page(post(activityPath + "/reviews/" + task.id().value()).param("levels[0]", "1")
                .param("comment", "A clear start").with(fixtures.as(learner)).with(csrf()));
        assertThat(refused).contains("Choose one level for every criterion.", "A clear start");
        assertThat(givenReviews(fixtures.idOf(learner))).isZero();

        mvc.perform(post(activityPath + "/reviews/" + task.id().value()).param("levels[0]", "1").param("levels[1]", "1")
                .param("comment", "A clear start").with(fixtures.as(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        PeerReviewTask back = assignments.reviewsToDo(fixtures.idOf(peer), activity).getFirst();
        mvc.perform(post(activityPath + "/reviews/" + back.id().value()).param("comment", "Well argued")
                .with(fixtures.as(peer)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(page(get(activityPath).with(fixtures.as(peer)))).contains("Reviews of your work", "A clear start");
        assertThat(page(get(activityPath).with(fixtures.as(learner)))).contains("Well argued");
        mvc.perform(post(activityPath + "/reviews/" + task.id().value()).param("comment", "Someone else's review")
                .with(fixtures.as(bystander)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aSubmissionFileIsReadOnlyByItsAuthorTheStaffAndTheAllocatedReviewers() throws Exception {
        createForFiles(new PeerReviewSettings(1, Duration.ofDays(2), true));
        handIn(learner, "Plan", upload("learner.pdf", PDF));
        String file = "/media/" + assignments.mySubmission(fixtures.idOf(learner), activity).orElseThrow().file();
        mvc.perform(get(file).with(fixtures.as(learner))).andExpect(status().isOk());
        mvc.perform(get(file).with(fixtures.as(adminEmail))).andExpect(status().isOk());
        mvc.perform(get(file).with(fixtures.as(peer))).andExpect(status().isForbidden());
        mvc.perform(get(file).with(fixtures.as(bystander))).andExpect(status().isForbidden());
        mvc.perform(get(file).with(fixtures.as(otherAdmin))).andExpect(status().isForbidden());

        handIn(peer, "Plan", upload("peer.pdf", PDF));
        mvc.perform(get(file + "/download").with(fixtures.as(peer))).andExpect(status().isOk());
        mvc.perform(get(file).with(fixtures.as(bystander))).andExpect(status().isForbidden());
        assertThat(page(get(activityPath).with(fixtures.as(bystander)))).doesNotContain("learner.pdf");
    }

    @Test
    void anotherAcademyGets404Or403AndNothingChanges() throws Exception {
        create(Instant.now().plus(Duration.ofDays(3)), null, LatePolicy.REFUSE, PeerReviewSettings.off());
        handIn(learner, "My plan", null);
        AccountId learnerId = fixtures.idOf(learner);
        String elsewhere = "/academies/" + otherAcademy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + activity.value();
        mvc.perform(get(elsewhere + "/assignment").with(fixtures.as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get(elsewhere + "/submissions").with(fixtures.as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get(managePath + "/assignment").with(fixtures.as(otherAdmin))).andExpect(status().isForbidden());
        mvc.perform(settings(otherAdmin, "passMark", "0")).andExpect(status().isForbidden());
        mvc.perform(get(managePath + "/submissions").with(fixtures.as(learner))).andExpect(status().isForbidden());
        mvc.perform(post(managePath + "/submissions/" + learnerId.value()).param("levels[0]", "2")
                .param("levels[1]", "1").param("action", "release").with(fixtures.as(learner)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(managePath + "/submissions/" + learnerId.value()).param("levels[0]", "2")
                .param("levels[1]", "1").param("action", "release").with(fixtures.as(otherAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(work(otherAdmin, "Intruder", null, "submit")).andExpect(status().isForbidden());
        mvc.perform(get(managePath + "/submissions/" + fixtures.idOf(bystander).value()).with(fixtures.as(adminEmail)))
                .andExpect(status().isNotFound());
        assertThat(gradeRows(learnerId)).isZero();
        assertThat(assignments.assignment(admin, activity).passMark()).isEqualTo(5);
        assertThat(submissionRows(otherAdmin)).isZero();
    }

    /** The settings form as staff fill it in, with some fields typed otherwise (name, value, name, value…). */
    private MockHttpServletRequestBuilder settings(String email, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("instructions", "<p onclick=\"x()\">Write your plan</p>");
        fields.put("submissionType", "BOTH");
        fields.put("dueAt", "2030-06-30T17:00");
        fields.put("latePolicy", "ACCEPT_AND_MARK_LATE");
        fields.put("cutOffAt", "");
        fields.put("passMark", "5");
        fields.put("peerReview", "0");
        fields.put("reviewDays", "7");
        fields.put("rubric[0].title", "Analysis");
        fields.put("rubric[0].levels[0].title", "Missing");
        fields.put("rubric[0].levels[0].points", "0");
        fields.put("rubric[0].levels[1].title", "Partial");
        fields.put("rubric[0].levels[1].points", "3");
        fields.put("rubric[0].levels[2].title", "Complete");
        fields.put("rubric[0].levels[2].points", "5");
        fields.put("rubric[1].title", "Plan");
        fields.put("rubric[1].levels[0].title", "Weak");
        fields.put("rubric[1].levels[0].points", "1");
        fields.put("rubric[1].levels[1].title", "Strong");
        fields.put("rubric[1].levels[1].points", "4");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(managePath + "/assignment").with(fixtures.as(email))
                .with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private AbstractMockHttpServletRequestBuilder<?> work(String email, String text, MockMultipartFile file, String action) {
        var request = multipart(activityPath + "/submission");
        if (file != null) {
            request.file(file);
        }
        return request.param("text", text).param("action", action).with(fixtures.as(email)).with(csrf());
    }

    private void handIn(String email, String text, MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(work(email, text, file, "submit")).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(flashCode(result)).startsWith("assignment.handed-in");
    }

    private static MockMultipartFile upload(String name, byte[] bytes) {
        return new MockMultipartFile("upload", name, "application/octet-stream", bytes);
    }

    private void create(Instant due, Instant cutOff, LatePolicy policy, PeerReviewSettings peer) {
        assignments.create(admin, activity, academy.id(), settings(SubmissionType.TEXT, due, cutOff, policy, peer));
    }

    /** An assignment asking for a text and a file, due in three days. */
    private void createForFiles(PeerReviewSettings peer) {
        assignments.create(admin, activity, academy.id(), settings(SubmissionType.BOTH,
                Instant.now().plus(Duration.ofDays(3)), null, LatePolicy.REFUSE, peer));
    }

    private static AssignmentSettings settings(SubmissionType type, Instant due, Instant cutOff, LatePolicy policy,
            PeerReviewSettings peer) {
        return new AssignmentSettings("<p>Write your plan</p>", type, due, policy, cutOff, List.of(
                new RubricCriterion("Analysis", List.of(new RubricLevel("Missing", 0), new RubricLevel("Partial", 3),
                        new RubricLevel("Complete", 5))),
                new RubricCriterion("Plan", List.of(new RubricLevel("Weak", 1), new RubricLevel("Strong", 4)))),
                5, peer);
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return page(request, "en");
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, String language) throws Exception {
        return mvc.perform(request.header("Accept-Language", language)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String flashCode(MvcResult result) {
        return ((Flash) result.getFlashMap().get("flash")).code();
    }

    private long assignmentRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment WHERE activity_id = ?", Long.class,
                activity.value());
    }

    private long submissionRows(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_submission WHERE learner_id = ?", Long.class,
                fixtures.idOf(email).value());
    }

    private long fileRows(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM media_file WHERE submitted_by = ?", Long.class,
                fixtures.idOf(email).value());
    }

    private long gradeRows(AccountId learner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_grade g JOIN assignment_submission s"
                + " ON s.id = g.submission_id WHERE s.learner_id = ?", Long.class, learner.value());
    }

    private long givenReviews(AccountId reviewer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_peer_review WHERE reviewer_id = ?"
                + " AND status = 'GIVEN'", Long.class, reviewer.value());
    }
}
