package org.collegium.academy.quiz;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.collegium.academy.QuestionKind;
import org.collegium.academy.QuizAnswer;

/**
 * One question of an attempt, frozen when it started (its points too), with the answer saved and, once graded, the
 * points awarded. Chosen keys and matchings are stored as a list of keys ({@code a,b}) or of pairs ({@code a=b}):
 * keys never contain either sign.
 */
@Embeddable
record AttemptItem(
        @Column(name = "question_id", nullable = false) UUID questionId,
        @Column(name = "points", nullable = false) int points,
        @Column(name = "answer_keys") String answerKeys,
        @Column(name = "answer_text") String answerText,
        @Column(name = "awarded") BigDecimal awarded) {

    static AttemptItem unanswered(UUID question, int points) {
        return new AttemptItem(question, points, null, null, null);
    }

    AttemptItem answering(QuestionKind kind, QuizAnswer answer) {
        if (answer == null || answer.isEmpty()) {
            return new AttemptItem(questionId, points, null, null, null);
        }
        String keys = switch (kind) {
            case MATCHING -> new TreeMap<>(answer.matches()).entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(","));
            case SHORT_ANSWER -> null;
            default -> String.join(",", new TreeSet<>(answer.choices()));
        };
        String text = kind == QuestionKind.SHORT_ANSWER ? answer.text().strip() : null;
        return new AttemptItem(questionId, points, keys, text, null);
    }

    AttemptItem graded(BigDecimal points) {
        return new AttemptItem(questionId, this.points, answerKeys, answerText, points);
    }

    QuizAnswer answer() {
        Set<String> choices = Set.of();
        Map<String, String> matches = new LinkedHashMap<>();
        if (answerKeys != null && !answerKeys.isEmpty()) {
            if (answerKeys.contains("=")) {
                for (String pair : answerKeys.split(",")) {
                    String[] sides = pair.split("=", 2);
                    matches.put(sides[0], sides[1]);
                }
            } else {
                choices = Set.copyOf(Arrays.asList(answerKeys.split(",")));
            }
        }
        return new QuizAnswer(choices, answerText, matches);
    }

    boolean answered() {
        return answerKeys != null || answerText != null;
    }
}
