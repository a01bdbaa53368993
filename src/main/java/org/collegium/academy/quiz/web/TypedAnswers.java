package org.collegium.academy.quiz.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizAttemptView;
import org.springframework.util.MultiValueMap;

/**
 * The answers of an attempt's form, one per question asked: {@code q.<question>} holds the chosen keys or the typed
 * text, {@code m.<question>.<left item>} the right item chosen for a left item. A question left blank is sent as an
 * empty answer, so that unticking every box clears an answer saved before.
 */
final class TypedAnswers {

    private TypedAnswers() {
    }

    static Map<QuestionId, QuizAnswer> from(MultiValueMap<String, String> form, QuizAttemptView attempt) {
        Map<QuestionId, QuizAnswer> answers = new LinkedHashMap<>();
        for (QuizAttemptView.Question question : attempt.questions()) {
            String name = "q." + question.id().value();
            List<String> values = form.getOrDefault(name, List.of()).stream()
                    .filter(value -> value != null && !value.isEmpty()).toList();
            QuizAnswer answer = switch (question.kind()) {
                case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> new QuizAnswer(new HashSet<>(values), null, null);
                case SHORT_ANSWER -> values.isEmpty() ? QuizAnswer.typing(null) : QuizAnswer.typing(values.getFirst());
                case MATCHING -> QuizAnswer.matching(matches(form, name, question));
            };
            answers.put(question.id(), answer);
        }
        return answers;
    }

    private static Map<String, String> matches(MultiValueMap<String, String> form, String name,
            QuizAttemptView.Question question) {
        Map<String, String> matches = new LinkedHashMap<>();
        for (QuizAttemptView.Option left : question.options()) {
            String chosen = form.getFirst("m." + question.id().value() + "." + left.key());
            if (chosen != null && !chosen.isEmpty()) {
                matches.put(left.key(), chosen);
            }
        }
        return matches;
    }

    /** The attempt as the learner had filled it in, to show it again with what they typed. */
    static QuizAttemptView keeping(QuizAttemptView attempt, Map<QuestionId, QuizAnswer> typed) {
        return new QuizAttemptView(attempt.id(), attempt.activity(), attempt.number(), attempt.status(),
                attempt.startedAt(), attempt.deadline(), attempt.questions().stream()
                        .map(question -> new QuizAttemptView.Question(question.id(), question.position(),
                                question.kind(), question.prompt(), question.points(), question.options(),
                                question.targets(), typed.getOrDefault(question.id(), question.answer())))
                        .toList());
    }
}
