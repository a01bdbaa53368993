package org.collegium.academy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * A learner's answer to one question: the keys of the chosen choices (single choice, multiple choice, true/false,
 * whose keys are {@code true} and {@code false}), a typed text (short answer), or for matching the key of the right
 * item chosen for each left item's key.
 */
public record QuizAnswer(Set<String> choices, String text, Map<String, String> matches) {

    public QuizAnswer {
        choices = choices == null ? Set.of() : Set.copyOf(choices);
        matches = matches == null ? Map.of() : Map.copyOf(matches);
    }

    public static QuizAnswer choosing(String... keys) {
        return new QuizAnswer(Set.copyOf(Arrays.asList(keys)), null, Map.of());
    }

    public static QuizAnswer trueOrFalse(boolean value) {
        return choosing(Boolean.toString(value));
    }

    public static QuizAnswer typing(String text) {
        return new QuizAnswer(Set.of(), text, Map.of());
    }

    public static QuizAnswer matching(Map<String, String> leftToRight) {
        return new QuizAnswer(Set.of(), null, leftToRight);
    }

    public boolean isEmpty() {
        return choices.isEmpty() && (text == null || text.isBlank()) && matches.isEmpty();
    }
}
