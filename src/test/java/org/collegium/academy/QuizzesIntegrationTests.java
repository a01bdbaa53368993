package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.QuestionDraft.Choice;
import org.collegium.academy.QuestionDraft.Pair;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The quiz engine through its facade, on the real database: grading once whatever the number of submissions,
 * the pass announced once, deadlines and the attempts limit held on the server, and one learner's attempts out of
 * another's reach. Refusals leave the tables as they were.
 */
@CollegiumIntegrationTest
class QuizzesIntegrationTests {

    private final Quizzes quizzes;
    private final RecordedQuizPasses passes;
    private final JdbcTemplate jdbc;
    private final AcademyFixtures fixtures;
    private final AcademyStaff staff;
    private final EnrolledCourses courses;

    private AccountId author;
    private AccountId learner;
    private AccountId otherLearner;
    private AcademyId academy;
    private ActivityId activity;
    private EnrolledCourses.Course course;
    private QuestionId single;
    private QuestionId shortAnswer;
    private QuestionId matching;

    @Autowired
    QuizzesIntegrationTests(Quizzes quizzes, RecordedQuizPasses passes, JdbcTemplate jdbc, Accounts accounts,
            Roles roles, Academies academies, AcademyStaff staff, UserDetailsService users, Courses courses,
            CourseRuns runs, Enrolments enrolments) {
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.quizzes = quizzes;
        this.passes = passes;
        this.jdbc = jdbc;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.staff = staff;
    }

    @BeforeEach
    void aQuizOfThreeQuestions() {
        String authorEmail = fixtures.account("quiz-author");
        academy = fixtures.academy(authorEmail).id();
        author = fixtures.idOf(authorEmail);
        learner = fixtures.idOf(fixtures.account("quiz-learner"));
        otherLearner = fixtures.idOf(fixtures.account("quiz-other"));
        course = courses.create(author, academy, Set.of(learner, otherLearner), EnrolledCourses.quiz("Check-up"),
                EnrolledCourses.quiz("Drawn questions"));
        activity = course.activity(0);
        single = quizzes.addQuestion(author, academy, QuestionDraft.singleChoice("en", "Where is NALAS based?", 2,
                Choice.right("Skopje").saying("Right."), Choice.wrong("Sofia").saying("No, a member is."))
                .tagged("network"));
        shortAnswer = quizzes.addQuestion(author, academy,
                QuestionDraft.shortAnswer("en", "Name the disaster risk framework of 2015.", 2, "Sendai")
                        .tagged("sdg"));
        matching = quizzes.addQuestion(author, academy, QuestionDraft.matching("en", "Match goals and numbers.", 2,
                new Pair("Water", "6"), new Pair("Energy", "7")).tagged("sdg"));
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single, shortAnswer, matching))
                .passMark(60));
    }

    @Test
    void refusesAQuizOnAnActivityOfAnotherAcademyOrOfAnotherKind() {
        String strangerEmail = fixtures.account("quiz-stranger");
        AccountId stranger = fixtures.idOf(strangerEmail);
        AcademyId otherAcademy = fixtures.academy(strangerEmail).id();
        QuestionId own = quizzes.addQuestion(stranger, otherAcademy, QuestionDraft.trueFalse("en", "Skopje is a capital.", 1, true));
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM quiz", Integer.class);

        assertThatThrownBy(() -> quizzes.configure(stranger, otherAcademy, course.activity(1), QuizSettings.fixed(List.of(own))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.configure(author, academy, course.page(), QuizSettings.fixed(List.of(single))))
                .isInstanceOfSatisfying(QuizRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("quiz.settings.not-a-quiz-activity"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quiz", Integer.class)).isEqualTo(before);
    }

    @Test
    void aLearnerPassesAndThePassIsAnnouncedOnceWhateverTheAttemptsAndSubmissions() {
        QuizAttemptView attempt = quizzes.start(learner, activity);
        assertThat(attempt.questions()).extracting(QuizAttemptView.Question::id)
                .containsExactly(single, shortAnswer, matching);

        QuizSubmission first = quizzes.submit(learner, attempt.id(), rightAnswers(attempt));
        assertThat(first.refused()).isFalse();
        assertThat(first.result().status()).isEqualTo(QuizAttemptStatus.SUBMITTED);
        assertThat(first.result().score()).isEqualByComparingTo("6");
        assertThat(first.result().percentage()).isEqualByComparingTo("100");
        assertThat(first.result().passed()).isTrue();
        assertThat(first.result().questions()).extracting(QuizAttemptResult.QuestionResult::outcome)
                .containsOnly(QuestionOutcome.CORRECT);
        assertThat(first.result().questions().getFirst().feedback()).containsExactly("Right.");

        QuizSubmission again = quizzes.submit(learner, attempt.id(), Map.of());
        assertThat(again).isEqualTo(first);

        QuizAttemptView second = quizzes.start(learner, activity);
        assertThat(second.number()).isEqualTo(2);
        quizzes.submit(learner, second.id(), rightAnswers(second));
        assertThat(passes.count(activity, learner)).isEqualTo(1);
        assertThat(quizzes.overview(learner, activity).orElseThrow().passed()).isTrue();
        assertThat(quizzes.results(learner, activity)).hasSize(2);
    }

    @Test
    void twoSubmissionsAtOnceAreGradedOnceAndAnnounceThePassOnce() throws Exception {
        QuizAttemptView attempt = quizzes.start(learner, activity);
        Map<QuestionId, QuizAnswer> right = rightAnswers(attempt);
        Map<QuestionId, QuizAnswer> wrong = Map.of(shortAnswer, QuizAnswer.typing("Hyogo"));

        List<QuizSubmission> submissions = atOnce(
                () -> quizzes.submit(learner, attempt.id(), right),
                () -> quizzes.submit(learner, attempt.id(), wrong));

        // Had both been graded, the two would differ: one scored 6, the other 0.
        assertThat(submissions.get(0)).isEqualTo(submissions.get(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM quiz_attempt WHERE id = ? AND status = 'SUBMITTED'",
                Integer.class, attempt.id().value())).isEqualTo(1);
        boolean passed = submissions.get(0).result().passed();
        assertThat(passes.count(activity, learner)).isEqualTo(passed ? 1 : 0);
    }

    @Test
    void twoStartsAtOnceOpenOneAttempt() throws Exception {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single)).attempts(1));
        List<QuizAttemptView> started = atOnce(() -> quizzes.start(learner, activity),
                () -> quizzes.start(learner, activity));
        assertThat(started.get(0).id()).isEqualTo(started.get(1).id());
        assertThat(attemptsOf(learner)).isEqualTo(1);
    }

    @Test
    void anotherLearnerCanNeitherAnswerNorSubmitNorReadMyAttempt() {
        QuizAttemptView mine = quizzes.start(learner, activity);
        quizzes.saveAnswers(learner, mine.id(), Map.of(single, choice(mine, single, "Skopje")));
        String before = snapshot(mine.id());

        assertThatThrownBy(() -> quizzes.saveAnswers(otherLearner, mine.id(), Map.of(single, choice(mine, single,
                "Sofia")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.submit(otherLearner, mine.id(), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.attempt(otherLearner, mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.result(otherLearner, mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.submit(null, mine.id(), Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.activityResults(otherLearner, activity))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(snapshot(mine.id())).isEqualTo(before);
        assertThat(quizzes.results(otherLearner, activity)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM quiz_participation WHERE learner_id = ?", Integer.class,
                otherLearner.value())).isZero();
    }

    @Test
    void onlyLearnersEnrolledInTheCourseTakeTheQuizAndAuthorsMayOnlyPreviewIt() {
        AccountId notEnrolled = fixtures.idOf(fixtures.account("quiz-not-enrolled"));
        staff.registerLearner(academy, notEnrolled);

        assertThatThrownBy(() -> quizzes.overview(notEnrolled, activity)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.start(notEnrolled, activity)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.results(notEnrolled, activity)).isInstanceOf(AccessDeniedException.class);
        assertThat(attemptsOf(notEnrolled)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM quiz_participation WHERE learner_id = ?", Integer.class,
                notEnrolled.value())).isZero();

        assertThat(quizzes.overview(author, activity)).as("an author previews the quiz").isPresent();
        assertThatThrownBy(() -> quizzes.start(author, activity)).as("but takes no graded attempt")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attemptsOf(author)).isZero();

        courses.enrol(course, notEnrolled);
        QuizAttemptView attempt = quizzes.start(notEnrolled, activity);
        quizzes.submit(notEnrolled, attempt.id(), rightAnswers(attempt));
        assertThat(passes.count(activity, notEnrolled)).isEqualTo(1);
    }

    @Test
    void facilitatorsReadEveryAttemptInFull() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single)).showing(QuizFeedback.NONE));
        QuizAttemptView attempt = quizzes.start(learner, activity);
        QuizSubmission submitted = quizzes.submit(learner, attempt.id(), Map.of(single, choice(attempt, single, "Sofia")));
        assertThat(submitted.result().score()).isNull();
        assertThat(submitted.result().passed()).isNull();
        assertThat(submitted.result().questions()).isEmpty();

        String facilitatorEmail = fixtures.account("quiz-facilitator");
        staff.appointOnBehalfOf(null, academy, facilitatorEmail, Role.FACILITATOR);
        AccountId facilitator = fixtures.idOf(facilitatorEmail);
        QuizAttemptResult full = quizzes.result(facilitator, attempt.id());
        assertThat(full.score()).isEqualByComparingTo("0");
        assertThat(full.passed()).isFalse();
        assertThat(full.questions()).singleElement().extracting(QuizAttemptResult.QuestionResult::outcome)
                .isEqualTo(QuestionOutcome.INCORRECT);
        assertThat(quizzes.activityResults(facilitator, activity)).extracting(QuizAttemptResult::attempt)
                .containsExactly(attempt.id());
    }

    @Test
    void scoreOnlyFeedbackHidesTheQuestions() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single)).showing(QuizFeedback.SCORE_ONLY));
        QuizAttemptView attempt = quizzes.start(learner, activity);
        QuizSubmission submitted = quizzes.submit(learner, attempt.id(), Map.of(single, choice(attempt, single, "Skopje")));
        assertThat(submitted.result().score()).isEqualByComparingTo("2");
        assertThat(submitted.result().questions()).isEmpty();
    }

    @Test
    void aSubmissionAfterTheTimeLimitIsRefusedAndTheSavedAnswersAreGraded() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single, shortAnswer, matching))
                .timeLimit(5).passMark(30));
        QuizAttemptView attempt = quizzes.start(learner, activity);
        assertThat(attempt.deadline()).isEqualTo(attempt.startedAt().plus(Duration.ofMinutes(5)));
        quizzes.saveAnswers(learner, attempt.id(), Map.of(single, choice(attempt, single, "Skopje")));
        endTimeLimit(attempt.id(), Quizzes.GRACE.plusSeconds(1));

        QuizSubmission late = quizzes.submit(learner, attempt.id(), rightAnswers(attempt));
        assertThat(late.refused()).isTrue();
        assertThat(late.refusal()).isEqualTo("quiz.submit.time-limit-passed");
        assertThat(late.result().status()).isEqualTo(QuizAttemptStatus.OVERDUE);
        assertThat(late.result().score()).isEqualByComparingTo("2");
        assertThat(late.result().passed()).isTrue();
        assertThat(late.result().questions()).extracting(QuizAttemptResult.QuestionResult::outcome)
                .containsExactly(QuestionOutcome.CORRECT, QuestionOutcome.UNANSWERED, QuestionOutcome.UNANSWERED);
        assertThat(quizzes.submit(learner, attempt.id(), rightAnswers(attempt))).isEqualTo(late);
        assertThat(passes.count(activity, learner)).isEqualTo(1);
        refused(() -> quizzes.saveAnswers(learner, attempt.id(), rightAnswers(attempt)), "quiz.answers.finished");
    }

    @Test
    void aSubmissionWithinTheGraceIsAccepted() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single)).timeLimit(5));
        QuizAttemptView attempt = quizzes.start(learner, activity);
        endTimeLimit(attempt.id(), Quizzes.GRACE.minusSeconds(5));
        QuizSubmission submission = quizzes.submit(learner, attempt.id(), Map.of(single, choice(attempt, single,
                "Skopje")));
        assertThat(submission.refused()).isFalse();
        assertThat(submission.result().status()).isEqualTo(QuizAttemptStatus.SUBMITTED);
    }

    @Test
    void answersAfterTheDeadlineAreNotSavedAndResultsCloseTheAttempt() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single)).timeLimit(5));
        QuizAttemptView attempt = quizzes.start(learner, activity);
        endTimeLimit(attempt.id(), Quizzes.GRACE.plusSeconds(1));
        String before = snapshot(attempt.id());
        refused(() -> quizzes.saveAnswers(learner, attempt.id(), Map.of(single, choice(attempt, single, "Skopje"))),
                "quiz.answers.time-limit-passed");
        assertThat(snapshot(attempt.id())).isEqualTo(before);

        assertThat(quizzes.results(learner, activity)).singleElement()
                .satisfies(result -> assertThat(result.status()).isEqualTo(QuizAttemptStatus.OVERDUE))
                .satisfies(result -> assertThat(result.score()).isEqualByComparingTo("0"));
    }

    @Test
    void aSubmissionAfterTheQuizClosedIsRefusedAndNoAttemptStartsAnyMore() {
        Instant now = Instant.now();
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single))
                .open(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))));
        QuizAttemptView attempt = quizzes.start(learner, activity);
        quizzes.saveAnswers(learner, attempt.id(), Map.of(single, choice(attempt, single, "Skopje")));
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single))
                .open(now.minus(Duration.ofDays(1)), now.minus(Duration.ofMinutes(1))));

        QuizSubmission late = quizzes.submit(learner, attempt.id(), Map.of(single, choice(attempt, single, "Sofia")));
        assertThat(late.refusal()).isEqualTo("quiz.submit.closed");
        assertThat(late.result().score()).isEqualByComparingTo("2");
        refused(() -> quizzes.start(learner, activity), "quiz.start.closed");
        assertThat(attemptsOf(learner)).isEqualTo(1);
    }

    @Test
    void aQuizNotOpenYetRefusesToStartAndWritesNothing() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single))
                .open(Instant.now().plus(Duration.ofHours(1)), null));
        refused(() -> quizzes.start(learner, activity), "quiz.start.not-open");
        assertThat(attemptsOf(learner)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM quiz_participation WHERE learner_id = ?", Integer.class,
                learner.value())).isZero();
    }

    @Test
    void theAttemptsLimitIsHeld() {
        quizzes.configure(author, academy, activity, QuizSettings.fixed(List.of(single)).attempts(2));
        for (int i = 0; i < 2; i++) {
            QuizAttemptView attempt = quizzes.start(learner, activity);
            quizzes.submit(learner, attempt.id(), Map.of());
        }
        refused(() -> quizzes.start(learner, activity), "quiz.start.attempts-used");
        assertThat(attemptsOf(learner)).isEqualTo(2);
        assertThat(quizzes.overview(learner, activity).orElseThrow().attemptsLeft()).isZero();
    }

    @Test
    void startingAgainResumesTheAttemptUnderWay() {
        QuizAttemptView first = quizzes.start(learner, activity);
        quizzes.saveAnswers(learner, first.id(), Map.of(shortAnswer, QuizAnswer.typing("  sendaï ")));
        QuizAttemptView resumed = quizzes.start(learner, activity);
        assertThat(resumed.id()).isEqualTo(first.id());
        assertThat(resumed.questions().get(1).answer().text()).isEqualTo("sendaï");
        assertThat(quizzes.overview(learner, activity).orElseThrow().attemptInProgress()).contains(first.id());
    }

    @Test
    void aRefusedSubmissionWritesNothing() {
        QuizAttemptView attempt = quizzes.start(learner, activity);
        quizzes.saveAnswers(learner, attempt.id(), Map.of(single, choice(attempt, single, "Skopje")));
        String before = snapshot(attempt.id());
        Map<QuestionId, QuizAnswer> answers = new HashMap<>(rightAnswers(attempt));
        answers.put(single, QuizAnswer.choosing("not-a-choice"));
        refused(() -> quizzes.submit(learner, attempt.id(), answers), "quiz.answer.invalid");
        assertThat(snapshot(attempt.id())).isEqualTo(before);
        assertThat(passes.count(activity, learner)).isZero();
    }

    @Test
    void randomDrawsTakeTaggedQuestionsOfTheBank() {
        ActivityId drawn = course.activity(1);
        quizzes.configure(author, academy, drawn, QuizSettings.drawn(2, Set.of("SDG")).shuffling(true, true));
        QuizAttemptView attempt = quizzes.start(learner, drawn);
        assertThat(attempt.questions()).extracting(QuizAttemptView.Question::id)
                .containsExactlyInAnyOrder(shortAnswer, matching);
        assertThat(quizzes.attempt(learner, attempt.id())).isEqualTo(attempt);
        refused(() -> quizzes.configure(author, academy, drawn, QuizSettings.drawn(3, Set.of("sdg"))),
                "quiz.settings.not-enough-questions");
    }

    @Test
    void onlyTheAcademysStaffWriteItsQuestionsAndQuizzes() {
        long questionsBefore = questionsOf(academy);
        assertThatThrownBy(() -> quizzes.addQuestion(learner, academy, QuestionDraft.trueFalse("en", "Yes?", 1, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.configure(learner, academy, activity, QuizSettings.fixed(List.of(single))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.questions(learner, academy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.translatePrompt(learner, single, "fr", "Où ?"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(questionsOf(academy)).isEqualTo(questionsBefore);

        String otherAdmin = fixtures.account("other-admin");
        AcademyId other = fixtures.academy(otherAdmin).id();
        AccountId otherAuthor = fixtures.idOf(otherAdmin);
        assertThatThrownBy(() -> quizzes.configure(otherAuthor, academy, activity, QuizSettings.fixed(List.of(single))))
                .isInstanceOf(AccessDeniedException.class);
        // The activity belongs to another academy's course, or to no course at all: refused outright.
        assertThatThrownBy(() -> quizzes.configure(otherAuthor, other, activity, QuizSettings.fixed(List.of(single))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.configure(otherAuthor, other, new ActivityId(UUID.randomUUID()),
                QuizSettings.fixed(List.of(single)))).isInstanceOf(AccessDeniedException.class);
        assertThat(quizzes.overview(learner, activity).orElseThrow().settings().questions())
                .containsExactly(single, shortAnswer, matching);
    }

    @Test
    void promptsAreTranslatedByTheAuthors() {
        quizzes.translatePrompt(author, single, "fr", "Où se trouve NALAS ?");
        QuestionSummary summary = quizzes.questions(author, academy).stream()
                .filter(question -> question.id().equals(single)).findFirst().orElseThrow();
        assertThat(summary.prompt().readable("fr")).contains("Où se trouve NALAS ?");
        assertThat(summary.choices()).extracting(QuestionSummary.Choice::correct).containsExactly(true, false);
    }

    private Map<QuestionId, QuizAnswer> rightAnswers(QuizAttemptView attempt) {
        QuizAttemptView.Question pairs = attempt.questions().stream().filter(q -> q.id().equals(matching)).findFirst()
                .orElseThrow();
        Map<String, String> matches = new HashMap<>();
        matches.put(keyOf(pairs.options(), "Water"), keyOf(pairs.targets(), "6"));
        matches.put(keyOf(pairs.options(), "Energy"), keyOf(pairs.targets(), "7"));
        Map<QuestionId, QuizAnswer> answers = new HashMap<>();
        answers.put(single, choice(attempt, single, "Skopje"));
        answers.put(shortAnswer, QuizAnswer.typing("SENDAI"));
        answers.put(matching, QuizAnswer.matching(matches));
        return answers;
    }

    private static QuizAnswer choice(QuizAttemptView attempt, QuestionId question, String text) {
        return QuizAnswer.choosing(keyOf(attempt.questions().stream().filter(q -> q.id().equals(question))
                .findFirst().orElseThrow().options(), text));
    }

    private static String keyOf(List<QuizAttemptView.Option> options, String text) {
        return options.stream().filter(option -> option.text().equals(text)).findFirst().orElseThrow().key();
    }

    /** Moves the end of an attempt's time limit into the past, as if that much time had gone by since. */
    private void endTimeLimit(QuizAttemptId attempt, Duration ago) {
        jdbc.update("UPDATE quiz_attempt SET time_limit_end = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(ago)), attempt.value());
    }

    private String snapshot(QuizAttemptId attempt) {
        return jdbc.queryForList("SELECT status, score, finished_at, version FROM quiz_attempt WHERE id = ?",
                attempt.value()) + " " + jdbc.queryForList("SELECT position, answer_keys, answer_text, awarded "
                        + "FROM quiz_attempt_item WHERE attempt_id = ? ORDER BY position", attempt.value())
                + " " + jdbc.queryForList("SELECT attempts_started, passed_at FROM quiz_participation "
                        + "WHERE learner_id = ?", learner.value());
    }

    private int attemptsOf(AccountId account) {
        return jdbc.queryForObject("SELECT count(*) FROM quiz_attempt WHERE learner_id = ?", Integer.class,
                account.value());
    }

    private long questionsOf(AcademyId id) {
        return jdbc.queryForObject("SELECT count(*) FROM quiz_question WHERE academy_id = ?", Long.class, id.value());
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch ready = new CountDownLatch(tasks.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new java.util.ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(QuizRefusal.class).extracting("code").isEqualTo(code);
    }
}
