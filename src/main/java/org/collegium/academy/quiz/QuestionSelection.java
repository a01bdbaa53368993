package org.collegium.academy.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Which questions an attempt asks, in which order, from the attempt's seed: the quiz's fixed list, or
 * {@code drawCount} of the candidates drawn at random (all of them when fewer); then shuffled if the quiz says so.
 * Candidates are sorted first, so that the same seed draws the same questions whatever order the database gives.
 */
final class QuestionSelection {

    private static final UUID ORDER_SALT = new UUID(0, 0);

    private QuestionSelection() {
    }

    static List<UUID> pick(Quiz quiz, List<UUID> candidates, long seed) {
        List<UUID> picked;
        if (quiz.drawsAtRandom()) {
            List<UUID> sorted = new ArrayList<>(candidates);
            sorted.sort(Comparator.comparing(UUID::toString));
            List<UUID> drawn = Shuffle.of(sorted, seed);
            picked = drawn.subList(0, Math.min(quiz.drawCount(), drawn.size()));
        } else {
            picked = quiz.fixedQuestions();
        }
        return quiz.shuffleQuestions()
                ? Shuffle.of(picked, Shuffle.seedFor(seed, ORDER_SALT, QuizViews.QUESTION_ORDER))
                : List.copyOf(picked);
    }
}
