package org.collegium.academy.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.academy.QuestionKind;
import org.collegium.academy.QuestionOutcome;
import org.collegium.academy.QuizAttemptResult;
import org.collegium.academy.QuizAttemptView;
import org.collegium.academy.QuizFeedback;

/**
 * Attempts as pages show them: questions and choices in the attempt's frozen order, without what would give the
 * answers away; results as far as the quiz's feedback setting allows.
 */
final class QuizViews {

    static final int QUESTION_ORDER = 1;
    static final int CHOICE_ORDER = 2;
    static final int TARGET_ORDER = 3;

    private QuizViews() {
    }

    static QuizAttemptView attempt(QuizAttempt attempt, Quiz quiz, Map<UUID, Question> questions) {
        List<QuizAttemptView.Question> shown = new ArrayList<>();
        int position = 1;
        for (AttemptItem item : attempt.items()) {
            Question question = questions.get(item.questionId());
            shown.add(new QuizAttemptView.Question(question.id(), position++, question.kind(), question.prompt(),
                    item.points(), options(attempt, quiz, question), targets(attempt, question), item.answer()));
        }
        return new QuizAttemptView(attempt.id(), attempt.activity(), attempt.number(), attempt.status(),
                attempt.startedAt(), attempt.deadline(quiz).at(), shown);
    }

    /** The choices or left items; short answers show none, since their options are the accepted answers. */
    static List<QuizAttemptView.Option> options(QuizAttempt attempt, Quiz quiz, Question question) {
        if (question.kind() == QuestionKind.SHORT_ANSWER) {
            return List.of();
        }
        List<QuizAttemptView.Option> options = question.options().stream()
                .map(option -> new QuizAttemptView.Option(option.key(), option.text())).toList();
        return quiz.shuffleChoices() && question.kind() != QuestionKind.TRUE_FALSE
                ? Shuffle.of(options, Shuffle.seedFor(attempt.seed(), question.id().value(), CHOICE_ORDER))
                : options;
    }

    /** The right items of a matching question, always shuffled: in the pairs' order they would give it away. */
    static List<QuizAttemptView.Option> targets(QuizAttempt attempt, Question question) {
        if (question.kind() != QuestionKind.MATCHING) {
            return List.of();
        }
        return Shuffle.of(question.options().stream()
                .map(option -> new QuizAttemptView.Option(option.matchKey(), option.matchText())).toList(),
                Shuffle.seedFor(attempt.seed(), question.id().value(), TARGET_ORDER));
    }

    static QuizAttemptResult result(QuizAttempt attempt, Map<UUID, Question> questions, QuizFeedback shown) {
        boolean graded = !attempt.inProgress();
        boolean scoreShown = graded && shown != QuizFeedback.NONE;
        List<QuizAttemptResult.QuestionResult> results = new ArrayList<>();
        if (graded && shown == QuizFeedback.PER_ANSWER) {
            int position = 1;
            for (AttemptItem item : attempt.items()) {
                Question question = questions.get(item.questionId());
                BigDecimal awarded = item.awarded();
                QuestionOutcome outcome = Grading.outcome(item.answered(), awarded, item.points());
                results.add(new QuizAttemptResult.QuestionResult(question.id(), position++, question.kind(),
                        question.prompt(), awarded, item.points(), outcome, item.answer(),
                        Grading.feedback(question, item.answer(), outcome),
                        question.kind() == QuestionKind.SHORT_ANSWER ? List.of() : question.options().stream()
                                .map(option -> new QuizAttemptView.Option(option.key(), option.text())).toList(),
                        targets(attempt, question), Grading.rightAnswer(question)));
            }
        }
        return new QuizAttemptResult(attempt.id(), attempt.activity(), attempt.learner(), attempt.number(),
                attempt.status(), attempt.startedAt(), attempt.finishedAt(), shown,
                scoreShown ? attempt.score() : null, attempt.maxScore(),
                scoreShown ? Grading.percentage(attempt.score(), attempt.maxScore()) : null,
                scoreShown ? attempt.passed() : null, results);
    }
}
