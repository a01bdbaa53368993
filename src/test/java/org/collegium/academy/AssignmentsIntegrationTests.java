package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.assignment.AssignmentEngine;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Assignments on the real database: deadlines, versions, who may read and grade what, the release announced
 * once, peer reviews allocated and reallocated; every refusal leaves the tables as they were.
 */
@CollegiumIntegrationTest
@RecordApplicationEvents
class AssignmentsIntegrationTests {

    private final Assignments assignments;
    private final AssignmentEngine engine;
    private final AcademyStaff staff;
    private final JdbcTemplate jdbc;
    private final AcademyFixtures fixtures;
    private final CourseFixtures courses;
    private final Enrolments enrolments;
    private final MediaLibrary media;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private AcademySummary academy;
    private AccountId facilitator;
    private AccountId facilitatorElsewhere;
    private ActivityId activity;
    private CourseRunId run;
    private CourseId course;

    @Autowired
    AssignmentsIntegrationTests(Assignments assignments, AssignmentEngine engine, JdbcTemplate jdbc,
            Accounts accounts, Roles roles, Academies academies, AcademyStaff staff, UserDetailsService users,
            Courses courses, CourseRuns runs, Enrolments enrolments, MediaLibrary media) {
        this.assignments = assignments;
        this.engine = engine;
        this.staff = staff;
        this.jdbc = jdbc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courses = new CourseFixtures(fixtures, courses, runs, staff);
        this.enrolments = enrolments;
        this.media = media;
    }

    @BeforeEach
    void anAcademyWithAFacilitatorAndAnotherAcademy() {
        String admin = fixtures.account("admin");
        academy = fixtures.academy(admin);
        facilitator = appointFacilitator(academy, admin);
        String otherAdmin = fixtures.account("admin-b");
        facilitatorElsewhere = appointFacilitator(fixtures.academy(otherAdmin), otherAdmin);
        AccountId author = fixtures.idOf(admin);
        CourseFixtures.Built built = courses.course(author, academy, false);
        course = built.id();
        activity = courses.courses.addActivity(author, built.module(), new ActivityDraft(ActivityKind.ASSIGNMENT,
                "en", "Action plan", "<p>Hand in your plan</p>", null, CompletionRule.ASSIGNMENT_GRADED, 60));
        courses.courses.publish(author, course);
        run = courses.selfPaced(author, course, EnrolmentPolicy.SELF_SERVICE);
    }

    @Test
    void aLearnerSavesADraftSubmitsAndResubmitsKeepingEveryVersion() {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId learner = learner();

        SubmissionView draft = assignments.saveDraft(learner, activity, new SubmissionDraft("first thoughts", null));
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(draft.versions()).isEmpty();
        assertThat(assignments.submissions(facilitator, activity)).noneMatch(s -> s.learner().equals(learner));

        assignments.submit(learner, activity, new SubmissionDraft("my plan", null));
        SubmissionView again = assignments.submit(learner, activity, new SubmissionDraft("my better plan", null));

        assertThat(again.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(again.late()).isFalse();
        assertThat(again.versions()).extracting(SubmittedVersion::number, SubmittedVersion::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "my plan"),
                        org.assertj.core.groups.Tuple.tuple(2, "my better plan"));
        assertThat(assignments.mySubmission(learner, activity)).get()
                .extracting(SubmissionView::text).isEqualTo("my better plan");
    }

    @Test
    void workAfterTheDueDateIsMarkedLateUntilTheCutOff() {
        create(settings(Instant.now().minus(Duration.ofHours(1)), LatePolicy.ACCEPT_AND_MARK_LATE,
                Instant.now().plus(Duration.ofHours(1)), PeerReviewSettings.off()));
        SubmissionView late = assignments.submit(learner(), activity, new SubmissionDraft("sorry", null));
        assertThat(late.late()).isTrue();
        assertThat(late.versions()).singleElement().extracting(SubmittedVersion::late).isEqualTo(true);
    }

    @Test
    void lateWorkIsRefusedWhenThePolicySaysSoAndNothingIsWritten() {
        create(settings(Instant.now().minus(Duration.ofSeconds(2)), LatePolicy.REFUSE, null,
                PeerReviewSettings.off()));
        AccountId learner = learner();
        assertRefused(() -> assignments.submit(learner, activity, new SubmissionDraft("too late", null)),
                "assignment.submission.past-due");
        assertRefused(() -> assignments.saveDraft(learner, activity, new SubmissionDraft("too late", null)),
                "assignment.submission.past-due");
        assertThat(rowsOf(learner)).isZero();
    }

    @Test
    void workAfterTheCutOffIsAlwaysRefusedAndTheDraftStaysAsItWas() {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.ACCEPT_AND_MARK_LATE,
                Instant.now().plus(Duration.ofDays(2)), PeerReviewSettings.off()));
        AccountId learner = learner();
        assignments.saveDraft(learner, activity, new SubmissionDraft("draft", null));
        assignments.update(facilitator, activity, settings(Instant.now().minus(Duration.ofHours(2)),
                LatePolicy.ACCEPT_AND_MARK_LATE, Instant.now().minus(Duration.ofSeconds(2)), PeerReviewSettings.off()));

        assertRefused(() -> assignments.submit(learner, activity, new SubmissionDraft("after cut-off", null)),
                "assignment.submission.past-cut-off");

        SubmissionView unchanged = assignments.mySubmission(learner, activity).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(unchanged.text()).isEqualTo("draft");
        assertThat(versionsOf(learner)).isZero();
    }

    @Test
    void aSubmissionMissingWhatTheAssignmentAsksForIsRefused() {
        create(new AssignmentSettings("<p>Attach the plan</p>", SubmissionType.BOTH,
                Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, rubric(), 5, PeerReviewSettings.off()));
        AccountId learner = learner();
        assertRefused(() -> assignments.submit(learner, activity, new SubmissionDraft("text only", null)),
                "assignment.submission.file.missing");
        UUID file = media.uploadSubmission(learner, activity, new NewMediaFile("plan.pdf", PDF.length,
                new ByteArrayResource(PDF), null, false, null)).id().value();
        assertRefused(() -> assignments.submit(learner, activity, new SubmissionDraft(" ", file)),
                "assignment.submission.text.missing");
        assertRefused(() -> assignments.submit(learner, activity, new SubmissionDraft("plan", UUID.randomUUID())),
                "assignment.submission.file.unknown");
        assertThat(rowsOf(learner)).isZero();
        assertThat(assignments.submit(learner, activity, new SubmissionDraft("plan", file)).file()).isEqualTo(file);
    }

    @Test
    void aLearnerCannotHandInAFileThatIsNotTheirOwnSubmissionFile() {
        create(new AssignmentSettings("<p>Attach the plan</p>", SubmissionType.FILE,
                Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, rubric(), 5, PeerReviewSettings.off()));
        AccountId owner = learner();
        AccountId other = learner();
        UUID file = media.uploadSubmission(owner, activity, new NewMediaFile("plan.pdf", PDF.length,
                new ByteArrayResource(PDF), null, false, null)).id().value();
        assertRefused(() -> assignments.saveDraft(other, activity, new SubmissionDraft(null, file)),
                "assignment.submission.file.unknown");
        assertRefused(() -> assignments.submit(other, activity, new SubmissionDraft(null, file)),
                "assignment.submission.file.unknown");
        assertThat(rowsOf(other)).isZero();
    }

    @Test
    void anotherLearnerCannotReadMySubmissionNorSubmitInAnAcademyTheyDoNotLearnIn() {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId me = learner();
        AccountId other = learner();
        assignments.submit(me, activity, new SubmissionDraft("mine", null));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM assignment_submission", Long.class);

        assertThatThrownBy(() -> assignments.submissionOf(other, activity, me))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.submissions(other, activity)).isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.reviewsToDo(other, activity)).isEmpty();
        assertThat(assignments.mySubmission(other, activity)).isEmpty();
        AccountId stranger = fixtures.idOf(fixtures.account("stranger"));
        assertThatThrownBy(() -> assignments.submit(stranger, activity, new SubmissionDraft("intrude", null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assignment_submission", Long.class)).isEqualTo(before);
        assertThat(assignments.submissionOf(me, activity, me).text()).isEqualTo("mine");
        assertThat(assignments.submissionOf(facilitator, activity, me).text()).isEqualTo("mine");
    }

    @Test
    void aLearnerOfTheSameAcademyNotEnrolledInTheCourseIsRefusedAndNothingIsWritten() {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId enrolled = learner();
        assignments.submit(enrolled, activity, new SubmissionDraft("mine", null));
        AccountId notEnrolled = fixtures.idOf(fixtures.account("learner"));
        staff.registerLearner(academy.id(), notEnrolled);

        assertThatThrownBy(() -> assignments.assignment(notEnrolled, activity))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.saveDraft(notEnrolled, activity, new SubmissionDraft("draft", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.submit(notEnrolled, activity, new SubmissionDraft("work", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.submissionOf(notEnrolled, activity, enrolled))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.submissions(notEnrolled, activity))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rowsOf(notEnrolled)).isZero();
        assertThat(versionsOf(notEnrolled)).isZero();
        assertThat(assignments.assignment(enrolled, activity).activity()).isEqualTo(activity);
    }

    @Test
    void aFacilitatorOfAnotherAcademyCanNeitherCreateNorReadNorGradeAndNothingIsWritten() {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId learner = learner();
        assignments.submit(learner, activity, new SubmissionDraft("work", null));
        ActivityId elsewhere = new ActivityId(UUID.randomUUID());

        assertThatThrownBy(() -> assignments.create(facilitatorElsewhere, elsewhere, academy.id(),
                settings(Instant.now(), LatePolicy.REFUSE, null, PeerReviewSettings.off())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.update(facilitatorElsewhere, activity,
                settings(Instant.now(), LatePolicy.REFUSE, null, PeerReviewSettings.off())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.submissions(facilitatorElsewhere, activity))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.submissionOf(facilitatorElsewhere, activity, learner))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.grade(facilitatorElsewhere, activity, learner,
                new GradeInput(List.of(1, 1), "taken over"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.release(facilitatorElsewhere, activity, learner))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.grade(learner, activity, learner, new GradeInput(List.of(1, 1), "")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(gradesOf(learner)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assignment WHERE activity_id = ?", Long.class,
                elsewhere.value())).isZero();
        assertThatThrownBy(() -> assignments.assignment(facilitator, elsewhere)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLearnerSeesTheGradeOnlyOnceReleasedAndTheReleaseIsAnnouncedOnce(ApplicationEvents events) {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId learner = learner();
        assignments.submit(learner, activity, new SubmissionDraft("work", null));

        GradeView draft = assignments.grade(facilitator, activity, learner,
                new GradeInput(List.of(1, 1), "<p>Good <script>alert(1)</script>work</p>"));
        assertThat(draft.points()).isEqualTo(7);
        assertThat(draft.passed()).isTrue();
        assertThat(draft.feedback()).isEqualTo("<p>Good work</p>");
        assertThat(assignments.mySubmission(learner, activity).orElseThrow().grade()).isEmpty();
        assertThat(assignments.submissionOf(facilitator, activity, learner).grade()).isPresent();
        assertThat(graded(events)).isEmpty();
        assertThat(enrolments.completedBy(learner, course)).doesNotContain(activity);

        assignments.release(facilitator, activity, learner);
        assignments.release(facilitator, activity, learner);

        assertThat(graded(events)).singleElement().satisfies(event -> {
            assertThat(event.learner()).isEqualTo(learner);
            assertThat(event.passed()).isTrue();
        });
        SubmissionView seen = assignments.mySubmission(learner, activity).orElseThrow();
        assertThat(seen.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(seen.grade()).get().extracting(GradeView::points).isEqualTo(7);
        assertRefused(() -> assignments.submit(learner, activity, new SubmissionDraft("more", null)),
                "assignment.submission.graded");
        assertRefused(() -> assignments.grade(facilitator, activity, learner, new GradeInput(List.of(0, 0), "")),
                "assignment.grade.released");
        assertThat(assignments.mySubmission(learner, activity).orElseThrow().versions()).hasSize(1);
        assertThat(enrolments.completedBy(learner, course)).contains(activity);
        assertThat(enrolments.learningOf(learner)).filteredOn(learning -> learning.course().id().equals(course))
                .singleElement().extracting(LearningSummary::completed).isEqualTo(1);
    }

    @Test
    void theRubricIsFrozenOnceASubmissionIsGraded() {
        Instant due = Instant.now().plus(Duration.ofDays(1));
        create(settings(due, LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId learner = learner();
        assignments.submit(learner, activity, new SubmissionDraft("work", null));
        assignments.grade(facilitator, activity, learner, new GradeInput(List.of(0, 0), null));

        List<RubricCriterion> changed = List.of(new RubricCriterion("Analysis", List.of(new RubricLevel("All", 9))));
        assertRefused(() -> assignments.update(facilitator, activity, new AssignmentSettings("", SubmissionType.TEXT,
                due, LatePolicy.REFUSE, null, changed, 5, PeerReviewSettings.off())), "assignment.rubric.graded");
        assertThat(assignments.assignment(facilitator, activity).totalPoints()).isEqualTo(9);
        assertThat(assignments.assignment(facilitator, activity).rubric()).hasSize(2);

        List<RubricCriterion> samePadded = rubric().stream().map(criterion -> new RubricCriterion(
                " " + criterion.title() + " ", criterion.levels())).toList();
        assignments.update(facilitator, activity, new AssignmentSettings("<p>New words</p>", SubmissionType.TEXT,
                due.plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, samePadded, 5, PeerReviewSettings.off()));
        assertThat(assignments.assignment(learner, activity).instructions()).isEqualTo("<p>New words</p>");
        assertThat(assignments.assignment(learner, activity).rubric()).extracting(RubricCriterion::title)
                .containsExactly("Analysis", "Plan");
    }

    @Test
    void aGradeThatDoesNotFitTheRubricIsRefusedAndNothingIsWritten(ApplicationEvents events) {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        AccountId learner = learner();
        assertRefused(() -> assignments.grade(facilitator, activity, learner, new GradeInput(List.of(0, 0), "")),
                "assignment.grade.not-submitted");
        assignments.submit(learner, activity, new SubmissionDraft("work", null));
        assertRefused(() -> assignments.grade(facilitator, activity, learner, new GradeInput(List.of(0), "")),
                "assignment.grade.levels.incomplete");
        assertRefused(() -> assignments.grade(facilitator, activity, learner, new GradeInput(List.of(0, 7), "")),
                "assignment.grade.levels.unknown");
        assertRefused(() -> assignments.release(facilitator, activity, learner), "assignment.grade.missing");
        assertThat(gradesOf(learner)).isZero();
        assertThat(graded(events)).isEmpty();
        assertThat(assignments.mySubmission(learner, activity).orElseThrow().status())
                .isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void invalidSettingsAreRefusedAndNoAssignmentIsWritten() {
        Instant due = Instant.now().plus(Duration.ofDays(1));
        assertRefused(() -> create(settings(due, LatePolicy.REFUSE, due.minusSeconds(1), PeerReviewSettings.off())),
                "assignment.cut-off.before-due");
        assertRefused(() -> create(new AssignmentSettings("", SubmissionType.TEXT, due, LatePolicy.REFUSE, null,
                rubric(), 10, PeerReviewSettings.off())), "assignment.pass-mark.range");
        assertRefused(() -> create(settings(due, LatePolicy.REFUSE, null,
                new PeerReviewSettings(2, Duration.ofMinutes(5), true))), "assignment.peer-review.time");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assignment WHERE activity_id = ?", Long.class,
                activity.value())).isZero();
        create(settings(due, LatePolicy.REFUSE, null, PeerReviewSettings.off()));
        assertThat(assignments.assignment(facilitator, activity).instructions()).isEqualTo("<p>Write your plan</p>");
    }

    @Test
    void peersReviewEachOtherAnonymouslyWithoutHoldingTheGradeBack(ApplicationEvents events) {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null,
                new PeerReviewSettings(1, Duration.ofDays(7), true)));
        AccountId first = learner();
        assignments.submit(first, activity, new SubmissionDraft("first", null));
        assertThat(assignments.reviewsToDo(first, activity)).isEmpty();
        assignments.release(facilitator, activity, gradeNow(first));
        assertThat(graded(events)).hasSize(1);

        AccountId second = learner();
        AccountId third = learner();
        assignments.submit(second, activity, new SubmissionDraft("second", null));
        assignments.submit(third, activity, new SubmissionDraft("third", null));

        for (AccountId learner : List.of(first, second, third)) {
            List<PeerReviewTask> tasks = assignments.reviewsToDo(learner, activity);
            assertThat(tasks).hasSizeLessThanOrEqualTo(1);
            tasks.forEach(task -> {
                assertThat(task.author()).isEmpty();
                assertThat(task.text()).isNotEqualTo(assignments.mySubmission(learner, activity).orElseThrow().text());
            });
        }
        assertThat(reviewsOf(first)).isEqualTo(1);
        assertThat(reviewsOf(second)).isEqualTo(1);
        assertThat(reviewsOf(third)).isEqualTo(1);

        PeerReviewTask secondsTask = assignments.reviewsToDo(second, activity).getFirst();
        assertThatThrownBy(() -> assignments.giveReview(third, secondsTask.id(), new PeerReviewInput(List.of(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> assignments.giveReview(second, secondsTask.id(), new PeerReviewInput(List.of(), " ")),
                "assignment.review.empty");
        assertThat(assignments.reviewsToDo(second, activity).getFirst().done()).isFalse();

        assignments.giveReview(second, secondsTask.id(), new PeerReviewInput(List.of(2, 1), "Clear and complete"));
        AccountId reviewed = authorOf(secondsTask);
        List<ReceivedReview> received = assignments.reviewsReceived(reviewed, activity);
        assertThat(received).singleElement().satisfies(review -> {
            assertThat(review.reviewer()).isEmpty();
            assertThat(review.points()).isEqualTo(9);
            assertThat(review.comment()).isEqualTo("Clear and complete");
        });
    }

    @Test
    void reviewsOfAWithdrawnOrLateReviewerGoToOtherPeers() {
        create(settings(Instant.now().plus(Duration.ofDays(1)), LatePolicy.REFUSE, null,
                new PeerReviewSettings(1, Duration.ofDays(3), false)));
        List<AccountId> learners = List.of(learner(), learner(), learner(), learner());
        learners.forEach(learner -> assignments.submit(learner, activity, new SubmissionDraft("w " + learner, null)));
        learners.forEach(learner -> assertThat(reviewsOf(learner)).isEqualTo(1));

        AccountId leaving = learners.get(1);
        assertThatThrownBy(() -> assignments.withdraw(learners.get(2), activity, leaving))
                .isInstanceOf(AccessDeniedException.class);
        assignments.withdraw(leaving, activity, leaving);
        assertThat(reviewsOf(leaving)).isZero();
        for (AccountId learner : learners) {
            if (!learner.equals(leaving)) {
                assertThat(reviewsOf(learner)).isEqualTo(1);
                assertThat(receivedBy(learner)).isEqualTo(1);
                assertThat(assignments.reviewsToDo(learner, activity).getFirst().author()).isPresent()
                        .get().isNotEqualTo(leaving).isNotEqualTo(learner);
            }
        }

        int missed = engine.reallocateOverdueReviews(Instant.now().plus(Duration.ofDays(4)));
        assertThat(missed).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assignment_peer_review r JOIN assignment a"
                + " ON a.id = r.assignment_id WHERE a.activity_id = ? AND r.status = 'ALLOCATED'", Long.class,
                activity.value())).isZero();
    }

    private AccountId gradeNow(AccountId learner) {
        assignments.grade(facilitator, activity, learner, new GradeInput(List.of(2, 1), null));
        return learner;
    }

    private AccountId authorOf(PeerReviewTask task) {
        return new AccountId(jdbc.queryForObject("SELECT s.learner_id FROM assignment_submission s"
                + " JOIN assignment_peer_review r ON r.submission_id = s.id WHERE r.id = ?", UUID.class,
                task.id().value()));
    }

    private AccountId appointFacilitator(AcademySummary in, String admin) {
        String email = fixtures.account("facilitator");
        staff.appoint(fixtures.idOf(admin), in.id(), email, Role.FACILITATOR);
        return fixtures.idOf(email);
    }

    private AccountId learner() {
        AccountId id = fixtures.idOf(fixtures.account("learner"));
        staff.registerLearner(academy.id(), id);
        assertThat(enrolments.enrol(id, run)).isEqualTo(EnrolmentStatus.ACTIVE);
        return id;
    }

    private void create(AssignmentSettings settings) {
        assignments.create(facilitator, activity, academy.id(), settings);
    }

    private static AssignmentSettings settings(Instant due, LatePolicy policy, Instant cutOff, PeerReviewSettings peer) {
        return new AssignmentSettings("<p onclick=\"x()\">Write your plan</p>", SubmissionType.TEXT, due, policy,
                cutOff, rubric(), 5, peer);
    }

    private static List<RubricCriterion> rubric() {
        return List.of(
                new RubricCriterion("Analysis", List.of(new RubricLevel("Missing", 0), new RubricLevel("Partial", 3),
                        new RubricLevel("Complete", 5))),
                new RubricCriterion("Plan", List.of(new RubricLevel("Weak", 1), new RubricLevel("Strong", 4))));
    }

    private List<AssignmentGraded> graded(ApplicationEvents events) {
        return events.stream(AssignmentGraded.class).filter(event -> event.activity().equals(activity)).toList();
    }

    private long rowsOf(AccountId learner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_submission WHERE learner_id = ?", Long.class,
                learner.value());
    }

    private long versionsOf(AccountId learner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_submission_version v JOIN assignment_submission s"
                + " ON s.id = v.submission_id WHERE s.learner_id = ?", Long.class, learner.value());
    }

    private long gradesOf(AccountId learner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_grade g JOIN assignment_submission s"
                + " ON s.id = g.submission_id WHERE s.learner_id = ?", Long.class, learner.value());
    }

    private long reviewsOf(AccountId reviewer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_peer_review WHERE reviewer_id = ?"
                + " AND status IN ('ALLOCATED', 'GIVEN')", Long.class, reviewer.value());
    }

    private long receivedBy(AccountId author) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assignment_peer_review r JOIN assignment_submission s"
                + " ON s.id = r.submission_id WHERE s.learner_id = ? AND r.status IN ('ALLOCATED', 'GIVEN')",
                Long.class, author.value());
    }

    private static void assertRefused(Runnable step, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(AssignmentRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }

}
