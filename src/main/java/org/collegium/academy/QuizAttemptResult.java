package org.collegium.academy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.TranslatedText;

/**
 * A graded attempt, shown as far as the quiz's feedback setting allows ({@code shown}): with {@link QuizFeedback#NONE}
 * score, percentage and passed are null; questions are listed only with {@link QuizFeedback#PER_ANSWER}.
 * Facilitators' views always show {@code PER_ANSWER}. An attempt still in progress has no score.
 */
public record QuizAttemptResult(QuizAttemptId attempt, ActivityId activity, AccountId learner, int number,
        QuizAttemptStatus status, Instant startedAt, Instant finishedAt, QuizFeedback shown, BigDecimal score,
        int maxScore, BigDecimal percentage, Boolean passed, List<QuestionResult> questions) {

    public QuizAttemptResult {
        questions = List.copyOf(questions);
    }

    /**
     * One question's grade: points awarded out of its points, the outcome, the answer given and the right one, and
     * the feedback of the answers given (the feedback of each chosen choice, then the question's feedback for a right
     * or a wrong answer). {@code options} and {@code targets} name the keys of both answers, as in
     * {@link QuizAttemptView.Question}; the right answer of a short answer question is its first accepted answer.
     */
    public record QuestionResult(QuestionId question, int position, QuestionKind kind, TranslatedText prompt,
            BigDecimal awarded, int points, QuestionOutcome outcome, QuizAnswer answer, List<String> feedback,
            List<QuizAttemptView.Option> options, List<QuizAttemptView.Option> targets, QuizAnswer rightAnswer) {

        public QuestionResult {
            feedback = List.copyOf(feedback);
            options = List.copyOf(options);
            targets = List.copyOf(targets);
        }

        /** The text of a choice, left item or right item by its key, or the key itself when unknown. */
        public String label(String key) {
            return java.util.stream.Stream.concat(options.stream(), targets.stream())
                    .filter(option -> option.key().equals(key)).map(QuizAttemptView.Option::text).findFirst()
                    .orElse(key);
        }
    }
}
