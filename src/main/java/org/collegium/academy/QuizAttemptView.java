package org.collegium.academy;

import java.time.Instant;
import java.util.List;

import org.collegium.shared.i18n.TranslatedText;

/**
 * An attempt being taken: its questions in their frozen order, choices in their frozen order, the answers saved so
 * far and the deadline (the earlier of the time limit and the quiz's closing date, null when there is none).
 * Submissions are accepted up to {@link org.collegium.academy.Quizzes#GRACE} after the deadline.
 */
public record QuizAttemptView(QuizAttemptId id, ActivityId activity, int number, QuizAttemptStatus status,
        Instant startedAt, Instant deadline, List<Question> questions) {

    public QuizAttemptView {
        questions = List.copyOf(questions);
    }

    /**
     * One question. {@code options} are the choices (single, multiple, true/false: keys {@code true} and
     * {@code false}, text empty) or the left items (matching); {@code targets} are the right items of a matching
     * question, shuffled, and empty for the other kinds.
     */
    public record Question(QuestionId id, int position, QuestionKind kind, TranslatedText prompt, int points,
            List<Option> options, List<Option> targets, QuizAnswer answer) {

        public Question {
            options = List.copyOf(options);
            targets = List.copyOf(targets);
        }
    }

    public record Option(String key, String text) {
    }
}
