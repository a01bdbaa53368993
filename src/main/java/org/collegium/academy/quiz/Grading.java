package org.collegium.academy.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.academy.QuestionOutcome;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizRefusal;

/**
 * How an answer is checked and graded, per kind of question. Points are awarded to the hundredth:
 * <ul>
 * <li>single choice, true/false: all the points for the right choice alone, none otherwise;</li>
 * <li>multiple choice: (right choices taken - wrong choices taken) / right choices, of the points, never below 0;</li>
 * <li>short answer: all the points when the text equals an accepted answer, case, accents and spaces aside;</li>
 * <li>matching: the points in proportion to the left items matched to their own right item.</li>
 * </ul>
 */
final class Grading {

    static final int MAX_ANSWER_TEXT = 1000;

    private Grading() {
    }

    /** Refuses an answer that names what the question does not have, or gives more than it takes. */
    static void check(Question question, QuizAnswer answer) {
        if (answer == null || answer.isEmpty()) {
            return;
        }
        Set<String> keys = question.options().stream().map(QuestionOption::key).collect(Collectors.toSet());
        boolean fits = switch (question.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE -> answer.choices().size() == 1 && keys.containsAll(answer.choices())
                    && answer.matches().isEmpty() && answer.text() == null;
            case MULTIPLE_CHOICE -> keys.containsAll(answer.choices()) && answer.matches().isEmpty()
                    && answer.text() == null;
            case SHORT_ANSWER -> answer.text() != null && answer.text().strip().length() <= MAX_ANSWER_TEXT
                    && answer.choices().isEmpty() && answer.matches().isEmpty();
            case MATCHING -> keys.containsAll(answer.matches().keySet())
                    && question.options().stream().map(QuestionOption::matchKey).collect(Collectors.toSet())
                            .containsAll(answer.matches().values())
                    && answer.choices().isEmpty() && answer.text() == null;
        };
        if (!fits) {
            throw new QuizRefusal("answers", "quiz.answer.invalid");
        }
    }

    /** The points this answer earns out of {@code points}. */
    static BigDecimal award(Question question, QuizAnswer answer, int points) {
        if (answer == null || answer.isEmpty()) {
            return zero();
        }
        List<QuestionOption> options = question.options();
        BigDecimal fraction = switch (question.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE -> options.stream()
                    .anyMatch(option -> option.correct() && answer.choices().equals(Set.of(option.key())))
                    ? BigDecimal.ONE : BigDecimal.ZERO;
            case MULTIPLE_CHOICE -> {
                long right = options.stream().filter(QuestionOption::correct).count();
                long taken = options.stream().filter(o -> o.correct() && answer.choices().contains(o.key())).count();
                long wrong = options.stream().filter(o -> !o.correct() && answer.choices().contains(o.key())).count();
                yield BigDecimal.valueOf(Math.max(0, taken - wrong)).divide(BigDecimal.valueOf(right), 10,
                        RoundingMode.HALF_UP);
            }
            case SHORT_ANSWER -> options.stream()
                    .anyMatch(option -> ShortAnswers.normalise(option.text()).equals(
                            ShortAnswers.normalise(answer.text())))
                    ? BigDecimal.ONE : BigDecimal.ZERO;
            case MATCHING -> {
                Map<String, String> matches = answer.matches();
                long right = options.stream().filter(o -> o.matchKey().equals(matches.get(o.key()))).count();
                yield BigDecimal.valueOf(right).divide(BigDecimal.valueOf(options.size()), 10, RoundingMode.HALF_UP);
            }
        };
        return fraction.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The answer that earns all the points: the right choices, the first accepted answer, or the right pairs. */
    static QuizAnswer rightAnswer(Question question) {
        List<QuestionOption> options = question.options();
        return switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> new QuizAnswer(options.stream()
                    .filter(QuestionOption::correct).map(QuestionOption::key).collect(Collectors.toSet()), null, null);
            case SHORT_ANSWER -> QuizAnswer.typing(options.isEmpty() ? "" : options.getFirst().text());
            case MATCHING -> QuizAnswer.matching(options.stream()
                    .collect(Collectors.toMap(QuestionOption::key, QuestionOption::matchKey)));
        };
    }

    static QuestionOutcome outcome(boolean answered, BigDecimal awarded, int points) {
        if (!answered) {
            return QuestionOutcome.UNANSWERED;
        }
        if (awarded.compareTo(BigDecimal.valueOf(points)) >= 0) {
            return QuestionOutcome.CORRECT;
        }
        return awarded.signum() > 0 ? QuestionOutcome.PARTIALLY_CORRECT : QuestionOutcome.INCORRECT;
    }

    /** The feedback of each choice taken, in the question's order, then the question's own for the outcome. */
    static List<String> feedback(Question question, QuizAnswer answer, QuestionOutcome outcome) {
        List<String> feedback = new ArrayList<>();
        if (answer != null) {
            question.options().stream()
                    .filter(option -> option.feedback() != null && answer.choices().contains(option.key()))
                    .forEach(option -> feedback.add(option.feedback()));
        }
        String general = outcome == QuestionOutcome.CORRECT ? question.correctFeedback() : question.incorrectFeedback();
        if (general != null) {
            feedback.add(general);
        }
        return feedback;
    }

    /** Whether the score reaches the pass mark, a percentage of the maximum, compared exactly. */
    static boolean passes(BigDecimal score, int maxScore, int passMark) {
        return score.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf((long) passMark * maxScore)) >= 0;
    }

    /** The score as a percentage, to the tenth, rounded down so that it never shows a pass mark not reached. */
    static BigDecimal percentage(BigDecimal score, int maxScore) {
        return maxScore == 0 ? BigDecimal.ZERO.setScale(1) : score.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(maxScore), 1, RoundingMode.DOWN);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
