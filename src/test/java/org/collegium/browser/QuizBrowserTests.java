package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolledCourses;
import org.collegium.academy.Enrolments;
import org.collegium.academy.QuestionSummary;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A quiz from both sides in a real browser, every page checked for WCAG 2.2 A/AA and weight: an academy administrator
 * writes two questions (one refused first) and sets the quiz up; a learner takes it, fails, tries again, passes and
 * finds the activity complete. In English on a desktop and in French on a 360 px phone.
 */
@CollegiumIntegrationTest
class QuizBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private final BrowserTestData data;
    private final EnrolledCourses courses;
    private final Quizzes quizzes;
    private final MessageSource messages;

    private Browser browser;

    @Autowired
    QuizBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies, AcademyStaff staff,
            UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments, Quizzes quizzes,
            MessageSource messages) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.quizzes = quizzes;
        this.messages = messages;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void anAuthorSetsAQuizUpAndALearnerFailsThenPassesIt(String language, boolean narrow) {
        String administrator = data.account();
        AcademySummary academy = data.academy(data.platformAdministrator(), administrator);
        String learnerEmail = data.account();
        AccountId learner = data.idOf(learnerEmail);
        AccountId author = data.idOf(administrator);
        EnrolledCourses.Course course = courses.create(author, academy.id(), Set.of(learner),
                EnrolledCourses.quiz("Budget check"));
        String bank = "/academies/" + academy.slug() + "/manage/questions";
        String activityPath = "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/"
                + course.activity(0).value();
        String settingsPath = "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + course.activity(0).value() + "/quiz";

        browser.seenAs(language, narrow).signIn(administrator, BrowserTestData.PASSWORD);
        browser.visit("/academies/" + academy.slug() + "/manage").click("a[href$='/manage/questions']");
        browser.click("a[href$='new?kind=SINGLE_CHOICE']");
        browser.type("prompt", "Where is NALAS based?").type("points", "2").type("row-text-0", "Skopje")
                .type("row-feedback-0", "Right, in North Macedonia.").type("row-text-1", "Sofia")
                .click("form[action$='/new'] button[type=submit]");
        assertThat(browser.text("#rows-error")).isEqualTo(text("quiz.question.one-right-choice", language));
        check("row-correct-0");
        browser.click("form[action$='/new'] button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo(bank);
        browser.visit(bank + "/new?kind=TRUE_FALSE").type("prompt", "Municipal budgets are public documents.")
                .type("points", "1");
        check("statement-true");
        browser.click("form[action$='/new'] button[type=submit]");
        assertThat(browser.pageText()).contains("Where is NALAS based?", "Municipal budgets are public documents.");

        List<QuestionSummary> written = quizzes.questions(author, academy.id());
        browser.visit(settingsPath).type("passMark", "150");
        written.forEach(question -> check("question-" + question.id().value()));
        browser.click("form[action$='/quiz'] button[type=submit]");
        assertThat(browser.text("#passMark-error")).isNotBlank();
        browser.type("passMark", "100");
        written.forEach(question -> check("question-" + question.id().value()));
        browser.click("form[action$='/quiz'] button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo(settingsPath);
        assertThat(quizzes.overview(author, course.activity(0)).orElseThrow().settings().questions()).hasSize(2);

        browser.signIn(learnerEmail, BrowserTestData.PASSWORD);
        browser.visit(activityPath).click("form[action$='/quiz/attempts'] button[type=submit]");
        assertThat(browser.pageText()).contains("Where is NALAS based?");
        choose("Sofia");
        browser.check("input[type=radio][value=true]");
        browser.click("button[value=submit]");
        assertThat(browser.pageText()).contains(text("quiz.result.failed", language), "Sofia", "Skopje")
                .doesNotContain("Right, in North Macedonia.");

        browser.visit(activityPath).click("form[action$='/quiz/attempts'] button[type=submit]");
        choose("Skopje");
        browser.check("input[type=radio][value=true]");
        browser.click("button[value=save]");
        assertThat(browser.pageText()).contains(text("quiz.attempt.saved", language));
        browser.click("button[value=submit]");
        assertThat(browser.pageText()).contains(text("quiz.result.passed", language), "Right, in North Macedonia.");

        assertThat(completedSoon(activityPath, text("enrolment.activity.completed", language))).isTrue();
        assertThat(browser.pageText()).contains(text("quiz.overview.result-of", language, 2));

        browser.signIn(administrator, BrowserTestData.PASSWORD);
        browser.visit(settingsPath + "/results");
        assertThat(browser.pageText()).contains(text("quiz.results.attempt", language, 2), text("quiz.result.passed", language));
        browser.visit(bank + "/" + written.getFirst().id().value()).type("prompt", "Traduction de l’énoncé")
                .click("form[action$='/translation'] button[type=submit]");
        assertThat(browser.pageText()).contains("Traduction de l’énoncé");
    }

    private String text(String code, String language, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag(language));
    }

    private void check(String id) {
        browser.check("#" + id);
    }

    /** Picks the choice whose label is this text. */
    private void choose(String label) {
        browser.run("[...document.querySelectorAll('label')].find(l => l.textContent.trim() === '" + label
                + "').control.checked = true;");
    }

    /** The pass is announced after the submission's commit, so that progress follows a moment later. */
    private boolean completedSoon(String activityPath, String completed) {
        for (int i = 0; i < 20; i++) {
            browser.visit(activityPath);
            if (browser.text("h1 + p.meta").contains(completed)) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
