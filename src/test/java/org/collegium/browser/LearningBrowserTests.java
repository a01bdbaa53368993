package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.Academies;
import org.collegium.academy.ActivityDraft;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.Audience;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseDetails;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseLevel;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.RunKind;
import org.collegium.academy.RunPlan;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The e-Academy's journeys in a real browser: an administrator authors and publishes a course through its forms; a
 * learner finds it in the catalogue, enrols, works through a page and a video, completes it and shows the
 * certificate, which anyone can verify; a facilitator announces and moderates the course's discussion. In English on
 * a desktop and in French on a 360 px phone, each page checked for WCAG 2.2 A/AA, weight and overflow.
 */
@CollegiumIntegrationTest
class LearningBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final BrowserTestData data;
    private final Courses courses;
    private final CourseRuns runs;
    private final AcademyStaff staff;

    @Autowired
    LearningBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
        this.courses = courses;
        this.runs = runs;
        this.staff = staff;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void anAdministratorAuthorsPreviewsAndPublishesACourse(String language, boolean narrow) {
        String administrator = data.account();
        AcademySummary academy = data.academy(data.platformAdministrator(), administrator);
        String slug = "water-" + BrowserTestData.unique("").strip();
        String title = BrowserTestData.unique("Water safety planning");
        browser.seenAs(language, narrow).signIn(administrator, BrowserTestData.PASSWORD);

        browser.visit("/academies/" + academy.slug() + "/manage/courses/new");
        browser.type("slug", slug).click("main form button[type=submit]");
        assertThat(browser.text("#title-error")).isNotBlank();
        browser.type("title", title).type("slug", slug)
                .type("summary", "How a municipality keeps its drinking water safe, step by step.")
                .select("format", "FACILITATED_COHORT").select("level", "INTERMEDIATE")
                .check("input[name=languages][value=en]").check("input[name=themes][value=WATER_MANAGEMENT]")
                .check("input[name=sdgGoals][value='6']")
                .click("main form button[type=submit]");
        String edit = "/academies/" + academy.slug() + "/manage/courses/" + slug;
        assertThat(browser.currentPath()).isEqualTo(edit);

        browser.type("new-module", "Risks at the source").click("form[action$='/modules'] button[type=submit]");
        browser.click("a[href$='/activities/new']");
        browser.select("kind", "PAGE").type("title", "Mapping the catchment")
                .type("body", "<p>Walk the catchment with the utility.</p><script>alert(1)</script>")
                .select("completionRule", "VIEWED").click("main form button[type=submit]");
        assertThat(browser.pageText()).contains("Mapping the catchment");

        browser.visit("/academies/" + academy.slug() + "/courses/" + slug);
        browser.click("main a[href*='/activities/']");
        assertThat(browser.pageText()).contains("Walk the catchment with the utility.").doesNotContain("alert(1)");

        browser.visit(edit).click("form[action$='/publish'] button[type=submit]");
        browser.signOut().visit("/courses?q=" + title.substring(title.lastIndexOf(' ') + 1));
        assertThat(browser.pageText()).contains(title);
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void aLearnerFindsEnrolsWorksThroughCompletesAndShowsTheCertificate(String language, boolean narrow) {
        Course course = publishedCourse();
        String learner = data.account();
        browser.seenAs(language, narrow).signIn(learner, BrowserTestData.PASSWORD);

        browser.visit("/courses?q=" + course.keyword());
        assertThat(browser.pageText()).contains(course.title());
        browser.clickLink(course.title());
        browser.click("form[action$='/enrol'] button[type=submit]");

        browser.visit("/account/learning");
        assertThat(browser.pageText()).contains(course.title());
        browser.click("main a.button[href*='/activities/']");
        assertThat(browser.pageText()).contains("A balanced budget starts with honest revenue forecasts.");
        browser.click("a[rel=next]");
        assertThat(browser.pageText()).contains("Revenue forecasting in practice");
        assertThat(browser.text("main a.button[href='https://video.example/forecasting']")).isNotBlank();

        browser.visit("/account/certificates");
        browser.click("main a[href^='/certificates/']:not([href$='.pdf'])");
        String certificate = browser.currentPath();
        assertThat(browser.pageText()).contains(course.title());

        browser.signOut().visit(certificate);
        assertThat(browser.pageText()).contains(course.title());
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void aFacilitatorAnnouncesAndHidesALearnersPost(String language, boolean narrow) {
        Course course = publishedCourse();
        String facilitator = data.account();
        staff.appoint(course.author(), course.academy().id(), facilitator, Role.FACILITATOR);
        String learner = data.account();
        String forum = "/academies/" + course.academy().slug() + "/courses/" + course.id().value() + "/discussions";

        browser.seenAs(language, narrow).signIn(learner, BrowserTestData.PASSWORD);
        browser.visit("/academies/" + course.academy().slug() + "/courses/" + course.slug())
                .click("form[action$='/enrol'] button[type=submit]");
        browser.visit(forum + "/new").type("title", "Where do I find last year's budget?")
                .type("body", "Buy cheap watches at spam.example").click("main form button[type=submit]");
        String thread = browser.currentPath();

        browser.signIn(facilitator, BrowserTestData.PASSWORD).visit(forum + "/new");
        browser.check("#announcement1").type("title", "Live session on Thursday")
                .type("body", "We meet on Thursday at 10:00 to go through your questions.")
                .click("main form button[type=submit]");
        assertThat(browser.pageText()).contains("Live session on Thursday");
        browser.visit(thread).click("form[action$='/moderation']:has(input[name=post]) button[type=submit]");

        browser.signIn(learner, BrowserTestData.PASSWORD).visit(forum);
        assertThat(browser.pageText()).contains("Live session on Thursday");
        browser.visit(thread);
        assertThat(browser.pageText()).doesNotContain("spam.example");
    }

    /** A published course of a new academy: a page and a video, both completed by viewing, and a self-paced run. */
    private Course publishedCourse() {
        String administrator = data.account();
        AcademySummary academy = data.academy(data.platformAdministrator(), administrator);
        AccountId author = data.idOf(administrator);
        String keyword = "budgeting" + BrowserTestData.unique("").strip();
        String title = "Municipal " + keyword;
        String slug = "course-" + keyword;
        CourseId id = courses.create(author, academy.id(), new CourseDetails(slug, "en", title,
                "Budgets that citizens can read.", Set.of(ExpertiseTopic.MUNICIPAL_FINANCE), Set.of(Audience.PRACTITIONERS),
                CourseLevel.INTRODUCTORY, Set.of("en", "fr"), 4, Set.of(16), CourseFormat.SELF_PACED));
        CourseModuleId module = courses.addModule(author, id, "en", "Planning the budget");
        courses.addActivity(author, module, new ActivityDraft(ActivityKind.PAGE, "en", "Honest forecasts",
                "<p>A balanced budget starts with honest revenue forecasts.</p>", null, CompletionRule.VIEWED, 10));
        courses.addActivity(author, module, new ActivityDraft(ActivityKind.VIDEO, "en", "Revenue forecasting in practice",
                "<p>A finance director explains her method.</p>", "https://video.example/forecasting",
                CompletionRule.VIEWED, 12));
        courses.publish(author, id);
        runs.schedule(author, id, new RunPlan(RunKind.SELF_PACED, "en", EnrolmentPolicy.SELF_SERVICE, null, null, null,
                null, null, ZoneId.of("Europe/Skopje"), Set.of()));
        return new Course(academy, author, id, slug, title, keyword);
    }

    private record Course(AcademySummary academy, AccountId author, CourseId id, String slug, String title,
            String keyword) {
    }
}
