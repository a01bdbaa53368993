package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;

@CollegiumIntegrationTest
class CourseDemoDataIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Academies academies;
    @Autowired Accounts accounts;
    @Autowired Courses courses;
    @Autowired CourseRuns runs;
    @Autowired Enrolments enrolments;
    @Autowired Certificates certificates;
    @Autowired Quizzes quizzes;

    @Test
    void createsTheDemoCoursesOnceWithLearnersCohortsAndACertificate() throws Exception {
        runAll();
        AccountId admin = accounts.findByEmail("admin@collegium.example").orElseThrow().id();
        AcademyId nalas = academies.get("nalas").id();
        AcademyId alga = academies.get("alga").id();
        AcademyId uclg = academies.get("uclg").id();
        AccountId learner = accounts.findByEmail("learner@collegium.example").orElseThrow().id();
        AccountId graduate = accounts.findByEmail(CourseDemoData.GRADUATE).orElseThrow().id();
        int nalasCourses = courses.authoredIn(admin, nalas).size();
        int learnerEnrolments = enrolments.learningOf(learner).size();
        int uclgRuns = runs.runsOf(Optional.of(admin),
                courses.get(Optional.empty(), uclg, "localizing-the-sdgs").course().id()).size();

        runAll();

        assertThat(courses.authoredIn(admin, nalas)).hasSize(nalasCourses);
        assertThat(courses.authoredIn(admin, nalas)).filteredOn(CourseSummary::isPublished)
                .flatExtracting(course -> course.themes().stream().map(Enum::name).toList())
                .contains("INVESTMENT_PLANNING", "LOCAL_SERVICES", "ENERGY_EFFICIENCY", "MUNICIPAL_FINANCE",
                        "WATER_MANAGEMENT", "GENDER_EQUALITY");
        assertThat(enrolments.learningOf(learner)).hasSize(learnerEnrolments);
        assertThat(enrolments.learningOf(learner)).anySatisfy(item -> {
            assertThat(item.course().slug()).isEqualTo("capital-investment-planning");
            assertThat(item.completed()).isPositive();
            assertThat(item.completed()).isLessThan(item.required());
        });
        assertThat(certificates.ofLearner(graduate)).hasSize(1);

        CourseView investment = courses.get(Optional.empty(), nalas, "capital-investment-planning");
        assertThat(investment.course().summary().in(java.util.Locale.FRENCH).language()).isEqualTo("fr");
        assertThat(investment.activities()).extracting(ActivitySummary::kind)
                .contains(ActivityKind.PAGE, ActivityKind.QUIZ, ActivityKind.DISCUSSION);
        ActivityId quiz = investment.activities().filter(activity -> activity.kind() == ActivityKind.QUIZ)
                .findFirst().orElseThrow().id();
        assertThat(quizzes.overview(admin, quiz)).isPresent();

        CourseRunId cohort = runs.runsOf(Optional.empty(),
                courses.get(Optional.empty(), nalas, "energy-efficiency-in-public-buildings").course().id())
                .getFirst().id();
        AccountId facilitator = accounts.findByEmail("facilitator@collegium.example").orElseThrow().id();
        assertThat(enrolments.roster(facilitator, cohort)).hasSizeGreaterThanOrEqualTo(2);

        CourseView cycle = courses.get(Optional.empty(), alga, "cooperation-decentralisee-action-internationale");
        assertThat(cycle.course().format()).isEqualTo(CourseFormat.HYBRID);
        assertThat(cycle.modules()).extracting(module -> module.title().readable("fr").orElseThrow())
                .hasSize(6)
                .anySatisfy(title -> assertThat(title).startsWith("Module 3 : identifier des partenaires"))
                .anySatisfy(title -> assertThat(title).startsWith("Module 5 : rédiger et suivre les conventions"))
                .anySatisfy(title -> assertThat(title).startsWith("Module 6 : mise en œuvre, suivi, reporting"));
        assertThat(cycle.activities()).extracting(ActivitySummary::kind)
                .contains(ActivityKind.VIDEO, ActivityKind.LIVE_SESSION);
        List<RunView> cycleRuns = runs.runsOf(Optional.empty(), cycle.course().id());
        assertThat(cycleRuns).hasSize(1);
        assertThat(cycleRuns.getFirst().sessions()).hasSize(1);

        CourseId mooc = courses.get(Optional.empty(), uclg, "localizing-the-sdgs").course().id();
        assertThat(runs.runsOf(Optional.empty(), mooc)).hasSize(uclgRuns)
                .extracting(RunView::language).containsExactlyInAnyOrder("en", "fr", "es");
    }

    private void runAll() throws Exception {
        for (String name : List.of("org.collegium.identity.IdentityDemoData", "org.collegium.network.NetworkDemoData",
                "org.collegium.academy.AcademyDemoData", "org.collegium.academy.CourseDemoData")) {
            ApplicationRunner runner = (ApplicationRunner) context.getAutowireCapableBeanFactory()
                    .createBean(Class.forName(name));
            runner.run(null);
        }
    }
}
