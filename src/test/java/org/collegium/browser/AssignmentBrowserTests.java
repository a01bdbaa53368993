package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityDraft;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolledCourses;
import org.collegium.academy.Enrolments;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An assignment from set-up to grade, without JavaScript being needed: an administrator sets it up with a rubric,
 * a learner hands in a text and a file, a facilitator grades and releases, and the learner reads the grade. In
 * English on a desktop and in French on a 360 px phone; every page checked for WCAG 2.2 A/AA and weight.
 */
@CollegiumIntegrationTest
class AssignmentBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final BrowserTestData data;
    private final EnrolledCourses courses;
    private final AcademyStaff staff;

    private Browser browser;

    @Autowired
    AssignmentBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.staff = staff;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void staffSetUpAnAssignmentALearnerHandsInAndSeesTheReleasedGrade(String language, boolean narrow,
            @TempDir Path files) throws IOException {
        String platform = data.platformAdministrator();
        String administrator = data.account();
        String facilitator = data.account();
        String learner = data.account();
        AcademySummary academy = data.academy(platform, administrator);
        staff.appoint(data.idOf(platform), academy.id(), facilitator, Role.FACILITATOR);
        EnrolledCourses.Course course = courses.create(data.idOf(administrator), academy.id(),
                Set.of(data.idOf(learner)), new ActivityDraft(ActivityKind.ASSIGNMENT, "en", "Action plan",
                        "<p>Plan</p>", null, CompletionRule.ASSIGNMENT_GRADED, 60));
        String activity = "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/"
                + course.activity(0).value();
        String manage = "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + course.activity(0).value();
        Path plan = Files.write(files.resolve("plan.pdf"), PDF);

        browser.seenAs(language, narrow).signIn(administrator, BrowserTestData.PASSWORD);
        browser.visit(manage);
        browser.visit(manage + "/assignment");
        browser.type("instructions", "<p>Write a one-page action plan.</p>").select("submissionType", "BOTH")
                .type("rubric0-title", "Analysis")
                .type("rubric0-level0-title", "Missing").type("rubric0-level0-points", "0")
                .type("rubric0-level1-title", "Complete").type("rubric0-level1-points", "5")
                .click("button[name=more]");
        assertThat(browser.overflowsHorizontally()).isFalse();
        browser.type("rubric1-title", "Plan")
                .type("rubric1-level0-title", "Weak").type("rubric1-level0-points", "1")
                .type("rubric1-level1-title", "Strong").type("rubric1-level1-points", "4")
                .type("passMark", "90")
                .click("form[action$='/assignment'] button[type=submit]:not([name])");
        assertThat(browser.text("#passMark-error")).isNotBlank();
        browser.type("passMark", "5").click("form[action$='/assignment'] button[type=submit]:not([name])");
        assertThat(browser.currentPath()).isEqualTo(manage + "/assignment");
        browser.signOut();

        browser.signIn(learner, BrowserTestData.PASSWORD).visit(activity);
        assertThat(browser.pageText()).contains("Write a one-page action plan.");
        browser.type("submission-text", "Our municipality will publish its budget.").attach("submission-upload", plan)
                .click("button[name=action][value=submit]");
        assertThat(browser.pageText()).contains("plan.pdf", "Our municipality will publish its budget.");
        assertThat(browser.overflowsHorizontally()).isFalse();
        browser.signOut();

        browser.signIn(facilitator, BrowserTestData.PASSWORD).visit(manage + "/submissions?filter=to-grade");
        browser.click("table.submissions a");
        browser.check("#level-0-1").check("#level-1-1").type("feedback", "<p>A clear and costed plan.</p>")
                .click("button[name=action][value=release]");
        assertThat(browser.overflowsHorizontally()).isFalse();
        browser.signOut();

        browser.signIn(learner, BrowserTestData.PASSWORD).visit(activity);
        assertThat(browser.pageText()).contains("A clear and costed plan.", "9");
        browser.signOut();
    }
}
