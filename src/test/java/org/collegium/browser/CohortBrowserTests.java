package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityDraft;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.Audience;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseDetails;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseLevel;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.Enrolments;
import org.collegium.academy.RunKind;
import org.collegium.academy.RunPlan;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A facilitator follows a cohort: opens it from "My cohorts", shows who falls behind, messages one of them (the mail
 * arrives) and exports the list; the academy's administrator reads its figures. In English on a desktop and in
 * French on a 360 px phone, every page checked for WCAG 2.2 A/AA and weight.
 */
@CollegiumIntegrationTest
class CohortBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private Browser browser;

    private final BrowserTestData data;
    private final AcademyStaff staff;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final DevMailbox mailbox;

    @Autowired
    CohortBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            DevMailbox mailbox) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
        this.staff = staff;
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.mailbox = mailbox;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void aFacilitatorFollowsTheCohortAndTheAdministratorReadsTheFigures(String language, boolean narrow) {
        String administrator = data.account();
        String platform = data.platformAdministrator();
        AcademySummary academy = data.academy(platform, administrator);
        String facilitator = data.account();
        staff.appoint(data.idOf(platform), academy.id(), facilitator, Role.FACILITATOR);
        AccountId author = data.idOf(administrator);
        String slug = "cohort-" + UUID.randomUUID().toString().substring(0, 8);
        CourseId course = courses.create(author, academy.id(), new CourseDetails(slug, "en", "Budgets " + slug,
                "Budgeting for towns.", Set.of(ExpertiseTopic.MUNICIPAL_FINANCE), Set.of(Audience.PRACTITIONERS),
                CourseLevel.INTRODUCTORY, Set.of("en", "fr"), 6, Set.of(11), CourseFormat.FACILITATED_COHORT));
        CourseModuleId module = courses.addModule(author, course, "en", "Start");
        ActivityId first = courses.addActivity(author, module, new ActivityDraft(ActivityKind.PAGE, "en", "Welcome",
                "<p>Welcome</p>", null, CompletionRule.VIEWED, 5));
        courses.addActivity(author, module, new ActivityDraft(ActivityKind.PAGE, "en", "Budgets", "<p>Budgets</p>",
                null, CompletionRule.VIEWED, 5));
        courses.publish(author, course);
        Instant now = Instant.now();
        CourseRunId run = runs.schedule(author, course, new RunPlan(RunKind.COHORT, "en", EnrolmentPolicy.SELF_SERVICE,
                null, null, null, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)),
                ZoneId.of("Europe/Skopje"), Set.of(data.idOf(facilitator))));
        String behindName = BrowserTestData.unique("Behind");
        String behindEmail = "browser-" + UUID.randomUUID() + "@example.org";
        AccountId behind = accounts.createConfirmed(behindEmail, behindName, BrowserTestData.PASSWORD,
                Locale.forLanguageTag(language));
        String onwardName = BrowserTestData.unique("Onward");
        AccountId onward = accounts.createConfirmed("browser-" + UUID.randomUUID() + "@example.org", onwardName,
                BrowserTestData.PASSWORD, Locale.ENGLISH);
        enrolments.enrol(behind, run);
        enrolments.enrol(onward, run);
        enrolments.open(Optional.of(onward), first, false);
        String cohort = "/academies/" + academy.slug() + "/cohorts/" + run.value();

        browser.seenAs(language, narrow).signIn(facilitator, BrowserTestData.PASSWORD);
        browser.visit("/account/cohorts");
        assertThat(browser.language()).isEqualTo(language);
        browser.click("a[href='" + cohort + "']");
        assertThat(browser.pageText()).contains(behindName, onwardName);
        browser.select("show", "BEHIND").clickAndWaitForText("form[role=search] button[type=submit]",
                language.equals("fr") ? "1 apprenants affichés sur 2" : "1 of 2 learners shown");
        assertThat(browser.text("#learners")).contains(behindName).doesNotContain(onwardName);

        String csv = browser.fetch(cohort + "/learners.csv?show=BEHIND");
        assertThat(csv).contains(behindName).doesNotContain(onwardName);

        browser.click("#learners a[href*='to=']");
        browser.type("subject", "").type("text", "Can we help?").click("main form button[type=submit]");
        assertThat(browser.text("#subject-error")).isNotBlank();
        browser.type("subject", "Catching up").click("main form button[type=submit]");
        assertThat(browser.currentPath()).startsWith(cohort);
        assertThat(mailbox.messagesTo(behindEmail)).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Catching up");
            assertThat(mail.text()).contains("Can we help?");
        });

        browser.signIn(administrator, BrowserTestData.PASSWORD);
        browser.visit("/academies/" + academy.slug() + "/figures");
        assertThat(browser.pageText()).contains("Budgets " + slug);
        assertThat(browser.text("table")).isNotBlank();
    }
}
