package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What each kind of activity shows on its page: the video player with captions, the documents to download, the link
 * to the module's forum, the quiz's overview.
 */
@CollegiumIntegrationTest
class ActivityKindPagesIntegrationTests {

    private final MockMvc mvc;
    private final AcademyFixtures fixtures;
    private final EnrolledCourses courses;
    private final MediaLibrary media;
    private final Quizzes quizzes;

    private AcademySummary academy;
    private AccountId admin;
    private String adminEmail;
    private String learner;
    private String outsider;
    private EnrolledCourses.Course course;
    private String coursePath;

    @Autowired
    ActivityKindPagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs,
            Enrolments enrolments, MediaLibrary media, Quizzes quizzes) {
        this.mvc = mvc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.media = media;
        this.quizzes = quizzes;
    }

    @BeforeEach
    void aCourseOfEveryKindWithAnEnrolledLearner() {
        adminEmail = fixtures.account("admin");
        academy = fixtures.academy(adminEmail);
        admin = fixtures.idOf(adminEmail);
        learner = fixtures.account("learner");
        outsider = fixtures.account("outsider");
        course = courses.create(admin, academy.id(), Set.of(fixtures.idOf(learner)),
                new ActivityDraft(ActivityKind.VIDEO, "en", "Opening lecture", null, null, CompletionRule.VIEWED, 10),
                new ActivityDraft(ActivityKind.DOCUMENT, "en", "Reading", null, null, CompletionRule.VIEWED, 10),
                new ActivityDraft(ActivityKind.DISCUSSION, "en", "Talk it over", null, null, null, 10),
                EnrolledCourses.quiz("Check-up"));
        coursePath = "/academies/" + academy.slug() + "/courses/" + course.slug();
    }

    @Test
    void aVideoActivityShowsThePlayerWithCaptionsAndTheDownloadLink() throws Exception {
        MediaFileSummary video = upload("lecture.mp4", mp4(), course.activity(0), null);
        MediaFileSummary captions = upload("lecture.vtt",
                "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n".getBytes(StandardCharsets.UTF_8), course.activity(0), "fr");
        String page = page(course.activity(0), learner);
        assertThat(page).contains("<video", video.href(), video.downloadHref(), captions.href(), "srclang=\"fr\"");
        mvc.perform(get(video.href()).with(fixtures.as(learner))).andExpect(status().isOk());
    }

    @Test
    void aDocumentActivityListsItsDocumentsWithTheirSize() throws Exception {
        MediaFileSummary document = upload("budget-guide.pdf", pdf(), course.activity(1), null);
        String page = page(course.activity(1), learner);
        assertThat(page).contains(document.downloadHref(), "budget-guide.pdf", "KB");
        mvc.perform(get(document.downloadHref()).with(fixtures.as(learner))).andExpect(status().isOk());
        mvc.perform(get(document.downloadHref()).with(fixtures.as(outsider))).andExpect(status().isForbidden());
    }

    @Test
    void aDiscussionActivityLinksToTheModulesForum() throws Exception {
        assertThat(page(course.activity(2), learner)).contains("/academies/" + academy.slug() + "/courses/"
                + course.id().value() + "/discussions?module=" + course.module().value());
    }

    @Test
    void aQuizActivityShowsTheLearnersAttemptsAndOutcome() throws Exception {
        QuestionId question = quizzes.addQuestion(admin, academy.id(),
                QuestionDraft.trueFalse("en", "Budgets are public documents.", 1, true));
        quizzes.configure(admin, academy.id(), course.activity(3), QuizSettings.fixed(List.of(question)).attempts(2));
        String page = page(course.activity(3), learner);
        assertThat(page).contains("Attempts used", "Attempts left", "Not passed yet");
        assertThat(page(course.activity(3), adminEmail)).contains("Attempts used");
        mvc.perform(get(coursePath + "/activities/" + course.activity(3).value()).with(fixtures.as(outsider)))
                .andExpect(status().isForbidden());
    }

    private String page(ActivityId activity, String viewer) throws Exception {
        return mvc.perform(get(coursePath + "/activities/" + activity.value()).with(fixtures.as(viewer))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private MediaFileSummary upload(String name, byte[] bytes, ActivityId activity, String language) {
        return media.upload(admin, academy.id(),
                new NewMediaFile(name, bytes.length, new ByteArrayResource(bytes), activity, false, language));
    }

    private static byte[] mp4() {
        byte[] bytes = new byte[4000];
        byte[] head = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's',
                'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
