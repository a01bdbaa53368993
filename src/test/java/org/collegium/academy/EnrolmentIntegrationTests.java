package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs and enrolment on the real database: seats, waiting list, approval, invitation, window, progress and completion.
 */
@CollegiumIntegrationTest
@RecordApplicationEvents
class EnrolmentIntegrationTests {

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final CourseAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    private AcademySummary academy;
    private AccountId author;
    private CourseFixtures.Built course;

    @Autowired
    EnrolmentIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Enrolments enrolments,
            CourseAccess access, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    @BeforeEach
    void aPublishedCourse() {
        String admin = fixtures.account("admin");
        academy = fixtures.academy(admin);
        author = fixtures.idOf(admin);
        course = courseFixtures.course(author, academy, true);
    }

    @Test
    void capacityHoldsUnderConcurrentEnrolment() throws Exception {
        CourseRunId run = courseFixtures.cohort(author, course.id(), 5, Set.of());
        List<AccountId> learners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            learners.add(fixtures.idOf(fixtures.account("crowd")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EnrolmentStatus>> results = new ArrayList<>();
        for (AccountId learner : learners) {
            results.add(pool.submit(() -> {
                start.await();
                return enrolments.enrol(learner, run);
            }));
        }
        start.countDown();
        List<EnrolmentStatus> statuses = new ArrayList<>();
        for (Future<EnrolmentStatus> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(status -> status == EnrolmentStatus.ACTIVE).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == EnrolmentStatus.WAITING).hasSize(15);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE run_id = ? AND status = 'ACTIVE'",
                Integer.class, run.value())).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT queue_number FROM enrolment WHERE run_id = ? AND status = 'WAITING'",
                Long.class, run.value())).doesNotHaveDuplicates().hasSize(15);
    }

    @Test
    void withdrawingFreesTheSeatForTheFirstLearnerWaiting() {
        CourseRunId run = courseFixtures.cohort(author, course.id(), 1, Set.of());
        AccountId first = fixtures.idOf(fixtures.account("first"));
        AccountId second = fixtures.idOf(fixtures.account("second"));
        AccountId third = fixtures.idOf(fixtures.account("third"));
        assertThat(enrolments.enrol(first, run)).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(enrolments.enrol(second, run)).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(enrolments.enrol(third, run)).isEqualTo(EnrolmentStatus.WAITING);

        enrolments.withdraw(first, run);

        assertThat(runs.get(Optional.of(second), run).viewerStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(runs.get(Optional.of(third), run).viewerStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(runs.get(Optional.of(first), run).viewerStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(runs.get(Optional.empty(), run).seatsLeft()).isZero();
    }

    @Test
    void oneEnrolmentPerLearnerPerRun() {
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.SELF_SERVICE);
        AccountId learner = fixtures.idOf(fixtures.account("twice"));
        enrolments.enrol(learner, run);
        assertThatThrownBy(() -> enrolments.enrol(learner, run)).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("enrolment.already");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE run_id = ?", Integer.class, run.value()))
                .isEqualTo(1);
    }

    @Test
    void refusesEnrolmentOutsideTheWindow() {
        Instant now = Instant.now();
        CourseRunId closed = runs.schedule(author, course.id(), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, 10, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), ZoneId.of("UTC"), Set.of()));
        CourseRunId later = runs.schedule(author, course.id(), new RunPlan(RunKind.COHORT, "en",
                EnrolmentPolicy.SELF_SERVICE, 10, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(6)), now.plus(Duration.ofDays(30)), ZoneId.of("UTC"), Set.of()));
        AccountId learner = fixtures.idOf(fixtures.account("late"));

        assertThatThrownBy(() -> enrolments.enrol(learner, closed)).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("enrolment.window.closed");
        assertThatThrownBy(() -> enrolments.enrol(learner, later)).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("enrolment.window.not-open");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE learner_id = ?", Integer.class,
                learner.value())).isZero();
    }

    @Test
    void approvalRunsWaitForAFacilitatorOfTheRun() {
        String facilitatorEmail = courseFixtures.facilitator(academy);
        AccountId facilitator = fixtures.idOf(facilitatorEmail);
        CourseRunId run = runs.schedule(author, course.id(), new RunPlan(RunKind.SELF_PACED, "en",
                EnrolmentPolicy.APPROVAL, null, null, null, null, null, ZoneId.of("UTC"), Set.of(facilitator)));
        AccountId learner = fixtures.idOf(fixtures.account("asks"));
        AccountId stranger = fixtures.idOf(fixtures.account("stranger"));

        assertThat(enrolments.enrol(learner, run)).isEqualTo(EnrolmentStatus.PENDING_APPROVAL);
        assertThat(access.isLearnerOf(learner, course.id())).isFalse();
        EnrolmentId pending = enrolments.roster(facilitator, run).getFirst().id();
        assertThatThrownBy(() -> enrolments.approve(stranger, pending)).isInstanceOf(AccessDeniedException.class);
        assertThat(access.isLearnerOf(learner, course.id())).isFalse();

        enrolments.approve(facilitator, pending);

        assertThat(access.isLearnerOf(learner, course.id())).isTrue();
        assertThat(access.mayFacilitate(facilitator, run)).isTrue();
        assertThat(access.mayFacilitate(stranger, run)).isFalse();
    }

    @Test
    void invitationRunsAdmitOnlyInvitedAddresses() {
        String facilitatorEmail = courseFixtures.facilitator(academy);
        AccountId facilitator = fixtures.idOf(facilitatorEmail);
        CourseRunId run = runs.schedule(author, course.id(), new RunPlan(RunKind.SELF_PACED, "en",
                EnrolmentPolicy.INVITATION, null, null, null, null, null, ZoneId.of("UTC"), Set.of(facilitator)));
        String invitedEmail = fixtures.account("invited");
        AccountId invited = fixtures.idOf(invitedEmail);
        AccountId uninvited = fixtures.idOf(fixtures.account("uninvited"));

        enrolments.invite(facilitator, run, invitedEmail.toUpperCase());

        assertThat(runs.get(Optional.of(invited), run).viewerStatus()).isEqualTo(EnrolmentStatus.INVITED);
        assertThatThrownBy(() -> enrolments.enrol(uninvited, run)).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("enrolment.invitation-only");
        assertThat(enrolments.enrol(invited, run)).isEqualTo(EnrolmentStatus.ACTIVE);
    }

    @Test
    void viewingEveryPageCompletesTheCourseOnce(ApplicationEvents recorded) {
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.SELF_SERVICE);
        AccountId learner = fixtures.idOf(fixtures.account("learner"));
        enrolments.enrol(learner, run);

        enrolments.open(Optional.of(learner), course.first(), false);
        assertThat(enrolments.learningOf(learner).getFirst().next().id()).isEqualTo(course.second());
        enrolments.open(Optional.of(learner), course.second(), false);
        enrolments.open(Optional.of(learner), course.second(), false);

        LearningSummary learning = enrolments.learningOf(learner).getFirst();
        assertThat(learning.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(learning.percent()).isEqualTo(100);
        assertThat(recorded.stream(CourseCompleted.class).filter(event -> event.learner().equals(learner)))
                .hasSize(1);
    }

    @Test
    void quizAndAssignmentEventsCompleteTheirActivities() {
        CourseModuleId module = courses.addModule(author, course.id(), "en", "Checks");
        ActivityId quiz = courses.addActivity(author, module, new ActivityDraft(ActivityKind.QUIZ, "en", "Quiz", null,
                null, CompletionRule.QUIZ_PASSED, null));
        ActivityId assignment = courses.addActivity(author, module, new ActivityDraft(ActivityKind.ASSIGNMENT, "en",
                "Plan", null, null, CompletionRule.ASSIGNMENT_GRADED, null));
        courses.publishActivity(author, quiz);
        courses.publishActivity(author, assignment);
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.SELF_SERVICE);
        AccountId learner = fixtures.idOf(fixtures.account("quizzer"));
        enrolments.enrol(learner, run);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new QuizPassed(quiz, learner, Instant.now()));
            events.publishEvent(new AssignmentGraded(assignment, learner, false, Instant.now()));
        });

        assertThat(enrolments.completedBy(learner, course.id())).containsExactly(quiz);
        transactions.executeWithoutResult(status ->
                events.publishEvent(new AssignmentGraded(assignment, learner, true, Instant.now())));
        assertThat(enrolments.completedBy(learner, course.id())).containsExactlyInAnyOrder(quiz, assignment);
    }

    @Test
    void attendanceCompletesTheLinkedLiveSession() {
        String facilitatorEmail = courseFixtures.facilitator(academy);
        AccountId facilitator = fixtures.idOf(facilitatorEmail);
        CourseModuleId module = courses.addModule(author, course.id(), "en", "Peer learning");
        ActivityId live = courses.addActivity(author, module, new ActivityDraft(ActivityKind.LIVE_SESSION, "en",
                "Practical cases", null, null, CompletionRule.ATTENDED, 180));
        courses.publishActivity(author, live);
        CourseRunId run = courseFixtures.cohort(author, course.id(), 10, Set.of(facilitator));
        AccountId present = fixtures.idOf(fixtures.account("present"));
        AccountId absent = fixtures.idOf(fixtures.account("absent"));
        enrolments.enrol(present, run);
        enrolments.enrol(absent, run);
        Instant starts = Instant.now().plus(Duration.ofDays(14));
        LiveSessionId session = runs.addSession(facilitator, run, new SessionPlan(starts, starts.plus(Duration.ofHours(3)),
                ZoneId.of("Europe/Skopje"), "Skopje city hall", null, live));
        Map<AccountId, EnrolmentId> ids = new java.util.HashMap<>();
        enrolments.roster(facilitator, run).forEach(row -> ids.put(row.learner(), row.id()));
        AccountId outsider = fixtures.idOf(fixtures.account("outsider"));
        assertThatThrownBy(() -> runs.recordAttendance(outsider, session, Map.of(ids.get(present), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(enrolments.completedBy(present, course.id())).isEmpty();

        runs.recordAttendance(facilitator, session, Map.of(ids.get(present), true, ids.get(absent), false));

        assertThat(enrolments.completedBy(present, course.id())).containsExactly(live);
        assertThat(enrolments.completedBy(absent, course.id())).isEmpty();
        assertThat(runs.attendance(facilitator, session)).containsEntry(ids.get(absent), false);
    }

    @Test
    void anActivityWithProgressCannotBeDeletedButCanBeHidden() {
        CourseRunId run = courseFixtures.selfPaced(author, course.id(), EnrolmentPolicy.SELF_SERVICE);
        AccountId learner = fixtures.idOf(fixtures.account("progress"));
        enrolments.enrol(learner, run);
        enrolments.open(Optional.of(learner), course.first(), false);

        assertThatThrownBy(() -> courses.removeActivity(author, course.first())).isInstanceOf(CourseRefusal.class)
                .extracting(refusal -> ((CourseRefusal) refusal).code()).isEqualTo("course.activity.has-progress");
        courses.hideActivity(author, course.first());

        assertThat(enrolments.completedBy(learner, course.id())).containsExactly(course.first());
        assertThat(courses.get(Optional.of(learner), course.id()).activities()).extracting(ActivitySummary::id)
                .containsExactly(course.second());
        assertThatThrownBy(() -> enrolments.open(Optional.of(learner), course.first(), false))
                .isInstanceOf(org.collegium.shared.NotFoundException.class);
    }
}
