package org.collegium.academy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collegium.academy.quiz.QuizTestData.NOW;
import static org.collegium.academy.quiz.QuizTestData.key;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizAttemptStatus;
import org.collegium.academy.QuizAttemptView;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.QuizSettings;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.junit.jupiter.api.Test;

/**
 * An attempt's life on a clock the test moves: deadlines to the second, the attempts limit, the quiz's dates, and
 * grading once.
 */
class QuizAttemptTests {

    private static final AccountId LEARNER = new AccountId(UUID.randomUUID());

    private final Question single = QuizTestData.singleChoice();
    private final Question shortAnswer = QuizTestData.shortAnswer();
    private final Map<UUID, Question> questions = QuizTestData.byId(List.of(single, shortAnswer));
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void theTimeLimitIsAcceptedUntilTheEndOfTheGraceToTheMillisecond() {
        Quiz quiz = quiz(settings().timeLimit(20));
        QuizAttempt attempt = start(quiz);
        Deadline deadline = attempt.deadline(quiz);
        assertThat(deadline.at()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.TIME_LIMIT);

        move(Duration.ofMinutes(20));
        assertThat(deadline.accepts(clock.instant())).isTrue();
        move(Quizzes.GRACE);
        assertThat(deadline.accepts(clock.instant())).as("at the end of the grace").isTrue();
        move(Duration.ofMillis(1));
        assertThat(deadline.accepts(clock.instant())).as("one millisecond later").isFalse();
    }

    @Test
    void theClosingDateCutsTheTimeLimitShort() {
        Quiz quiz = quiz(settings().timeLimit(60).open(null, NOW.plus(Duration.ofMinutes(10))));
        Deadline deadline = start(quiz).deadline(quiz);
        assertThat(deadline.at()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.CLOSE_DATE);
        assertThat(deadline.accepts(NOW.plus(Duration.ofMinutes(10)).plusSeconds(30))).isTrue();
        assertThat(deadline.accepts(NOW.plus(Duration.ofMinutes(10)).plusSeconds(31))).isFalse();
    }

    @Test
    void aTimeLimitEndingWithTheClosingDateIsNamedTheTimeLimit() {
        Quiz quiz = quiz(settings().timeLimit(10).open(null, NOW.plus(Duration.ofMinutes(10))));
        assertThat(start(quiz).deadline(quiz).kind()).isEqualTo(Deadline.Kind.TIME_LIMIT);
    }

    @Test
    void withoutTimeLimitOrClosingDateThereIsNoDeadline() {
        Quiz quiz = quiz(settings());
        Deadline deadline = start(quiz).deadline(quiz);
        assertThat(deadline.at()).isNull();
        assertThat(deadline.accepts(NOW.plus(Duration.ofDays(3650)))).isTrue();
    }

    @Test
    void aNewClosingDateAppliesToAttemptsUnderWayButTheirTimeLimitStays() {
        Quiz quiz = quiz(settings().timeLimit(30));
        QuizAttempt attempt = start(quiz);
        quiz.configure(settings().timeLimit(90).open(null, NOW.plus(Duration.ofMinutes(15))), NOW);
        assertThat(attempt.deadline(quiz).at()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        quiz.configure(settings().timeLimit(90), NOW);
        assertThat(attempt.deadline(quiz).at()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void startingIsRefusedBeforeOpeningAndFromTheClosingDateToTheSecond() {
        Instant opens = NOW.plus(Duration.ofHours(1));
        Instant closes = NOW.plus(Duration.ofHours(2));
        Quiz quiz = quiz(settings().open(opens, closes));
        refused(() -> quiz.checkOpenAt(opens.minusSeconds(1)), "quiz.start.not-open");
        quiz.checkOpenAt(opens);
        quiz.checkOpenAt(closes.minusMillis(1));
        refused(() -> quiz.checkOpenAt(closes), "quiz.start.closed");
    }

    @Test
    void theAttemptsLimitCountsStartedAttemptsAndZeroMeansUnlimited() {
        Quiz limited = quiz(settings().attempts(2));
        limited.checkAttemptsLeft(0);
        limited.checkAttemptsLeft(1);
        refused(() -> limited.checkAttemptsLeft(2), "quiz.start.attempts-used");
        quiz(settings().attempts(0)).checkAttemptsLeft(1000);
    }

    @Test
    void gradesOnceWhatWasSaved() {
        Quiz quiz = quiz(settings().passMark(50));
        QuizAttempt attempt = start(quiz);
        attempt.answer(Map.of(single.id(), QuizAnswer.choosing(key(single, "Skopje"))), questions);
        attempt.answer(Map.of(shortAnswer.id(), QuizAnswer.typing("Hyogo")), questions);
        attempt.finish(questions, quiz.passMark(), null, NOW);
        assertThat(attempt.status()).isEqualTo(QuizAttemptStatus.SUBMITTED);
        assertThat(attempt.score()).isEqualByComparingTo("2");
        assertThat(attempt.maxScore()).isEqualTo(4);
        assertThat(attempt.passed()).isTrue();
        assertThatThrownBy(() -> attempt.finish(questions, quiz.passMark(), null, NOW))
                .isInstanceOf(IllegalStateException.class);
        refused(() -> attempt.answer(Map.of(), questions), "quiz.answers.finished");
    }

    @Test
    void anOverdueAttemptIsGradedOnItsSavedAnswers() {
        Quiz quiz = quiz(settings().passMark(60));
        QuizAttempt attempt = start(quiz);
        attempt.answer(Map.of(single.id(), QuizAnswer.choosing(key(single, "Skopje"))), questions);
        attempt.finish(questions, quiz.passMark(), Deadline.Kind.TIME_LIMIT, NOW);
        assertThat(attempt.status()).isEqualTo(QuizAttemptStatus.OVERDUE);
        assertThat(attempt.overdueBy()).isEqualTo(Deadline.Kind.TIME_LIMIT);
        assertThat(attempt.score()).isEqualByComparingTo("2");
        assertThat(attempt.passed()).isFalse();
    }

    @Test
    void aRefusedAnswerLeavesEveryEarlierAnswerAsItWas() {
        QuizAttempt attempt = start(quiz(settings()));
        attempt.answer(Map.of(single.id(), QuizAnswer.choosing(key(single, "Skopje"))), questions);
        Map<QuestionId, QuizAnswer> mixed = new java.util.LinkedHashMap<>();
        mixed.put(single.id(), QuizAnswer.choosing(key(single, "Sofia")));
        mixed.put(shortAnswer.id(), QuizAnswer.choosing("true"));
        refused(() -> attempt.answer(mixed, questions), "quiz.answer.invalid");
        refused(() -> attempt.answer(Map.of(new QuestionId(UUID.randomUUID()), QuizAnswer.typing("x")), questions),
                "quiz.answer.invalid");
        assertThat(attempt.items().get(0).answer().choices()).containsExactly(key(single, "Skopje"));
        assertThat(attempt.items().get(1).answered()).isFalse();
    }

    @Test
    void theViewKeepsTheChoicesOrderOfTheAttemptAndHidesAcceptedAnswers() {
        Question matching = QuizTestData.matching();
        Map<UUID, Question> asked = QuizTestData.byId(List.of(single, shortAnswer, matching));
        Quiz quiz = quiz(QuizSettings.fixed(List.of(single.id(), shortAnswer.id(), matching.id())).shuffling(false, true));
        QuizAttempt attempt = new QuizAttempt(quiz, LEARNER, 1, 1234L, List.of(single, shortAnswer, matching), NOW);
        QuizAttemptView first = QuizViews.attempt(attempt, quiz, asked);
        QuizAttemptView again = QuizViews.attempt(attempt, quiz, asked);
        assertThat(again).isEqualTo(first);
        assertThat(first.questions().get(0).options()).extracting(QuizAttemptView.Option::text)
                .containsExactlyInAnyOrder("Sofia", "Skopje", "Tirana");
        assertThat(first.questions().get(1).options()).isEmpty();
        assertThat(first.questions().get(2).targets()).extracting(QuizAttemptView.Option::text)
                .containsExactlyInAnyOrder("6", "7", "13", "17");
        assertThat(first.questions().get(2).targets()).extracting(QuizAttemptView.Option::key)
                .doesNotContainAnyElementsOf(first.questions().get(2).options().stream()
                        .map(QuizAttemptView.Option::key).toList());
    }

    private QuizSettings settings() {
        return QuizSettings.fixed(List.of(single.id(), shortAnswer.id()));
    }

    private Quiz quiz(QuizSettings settings) {
        return QuizTestData.quiz(settings);
    }

    private QuizAttempt start(Quiz quiz) {
        return new QuizAttempt(quiz, LEARNER, 1, 7L, List.of(single, shortAnswer), clock.instant());
    }

    private void move(Duration by) {
        clock = Clock.offset(clock, by);
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(QuizRefusal.class).extracting("code").isEqualTo(code);
    }
}
