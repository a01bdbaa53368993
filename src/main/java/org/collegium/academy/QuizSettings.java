package org.collegium.academy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * How the quiz of an activity is made and taken. Its questions are either a fixed list from the bank
 * ({@code questions}), or {@code drawCount} questions drawn at random for each attempt from the bank's questions
 * carrying any of {@code drawTags} (every question of the bank when no tag is given). An attempts limit of 0 means
 * unlimited; a null time limit means none; null dates mean always open. The pass mark is a percentage of the points.
 */
public record QuizSettings(List<QuestionId> questions, int drawCount, Set<String> drawTags, boolean shuffleQuestions,
        boolean shuffleChoices, int attemptsLimit, Integer timeLimitMinutes, Instant opensAt, Instant closesAt,
        int passMark, QuizFeedback feedback) {

    public QuizSettings {
        questions = questions == null ? List.of() : List.copyOf(questions);
        drawTags = drawTags == null ? Set.of() : Set.copyOf(drawTags);
    }

    /** These questions in this order; no shuffling, unlimited attempts, no time limit, always open, pass at 50 %. */
    public static QuizSettings fixed(List<QuestionId> questions) {
        return new QuizSettings(questions, 0, Set.of(), false, false, 0, null, null, null, 50,
                QuizFeedback.PER_ANSWER);
    }

    /** {@code count} questions drawn for each attempt from the bank's questions with any of these tags. */
    public static QuizSettings drawn(int count, Set<String> tags) {
        return new QuizSettings(List.of(), count, tags, false, false, 0, null, null, null, 50,
                QuizFeedback.PER_ANSWER);
    }

    public boolean drawsAtRandom() {
        return questions.isEmpty();
    }

    public QuizSettings shuffling(boolean newShuffleQuestions, boolean newShuffleChoices) {
        return new QuizSettings(questions, drawCount, drawTags, newShuffleQuestions, newShuffleChoices, attemptsLimit,
                timeLimitMinutes, opensAt, closesAt, passMark, feedback);
    }

    public QuizSettings attempts(int limit) {
        return new QuizSettings(questions, drawCount, drawTags, shuffleQuestions, shuffleChoices, limit,
                timeLimitMinutes, opensAt, closesAt, passMark, feedback);
    }

    public QuizSettings timeLimit(Integer minutes) {
        return new QuizSettings(questions, drawCount, drawTags, shuffleQuestions, shuffleChoices, attemptsLimit,
                minutes, opensAt, closesAt, passMark, feedback);
    }

    public QuizSettings open(Instant from, Instant until) {
        return new QuizSettings(questions, drawCount, drawTags, shuffleQuestions, shuffleChoices, attemptsLimit,
                timeLimitMinutes, from, until, passMark, feedback);
    }

    public QuizSettings passMark(int percentage) {
        return new QuizSettings(questions, drawCount, drawTags, shuffleQuestions, shuffleChoices, attemptsLimit,
                timeLimitMinutes, opensAt, closesAt, percentage, feedback);
    }

    public QuizSettings showing(QuizFeedback newFeedback) {
        return new QuizSettings(questions, drawCount, drawTags, shuffleQuestions, shuffleChoices, attemptsLimit,
                timeLimitMinutes, opensAt, closesAt, passMark, newFeedback);
    }
}
