package org.collegium.academy.quiz;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.collegium.academy.QuestionDraft;
import org.collegium.academy.QuizRefusal;

/**
 * What makes a question's answers hold together, per kind, and the options it is stored as.
 */
final class QuestionRules {

    static final int MAX_OPTIONS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private QuestionRules() {
    }

    static List<QuestionOption> options(QuestionDraft draft) {
        return switch (draft.kind()) {
            case SINGLE_CHOICE -> choices(draft, true);
            case MULTIPLE_CHOICE -> choices(draft, false);
            case TRUE_FALSE -> trueFalse(draft);
            case SHORT_ANSWER -> acceptedAnswers(draft);
            case MATCHING -> pairs(draft);
        };
    }

    private static List<QuestionOption> choices(QuestionDraft draft, boolean exactlyOneRight) {
        List<QuestionDraft.Choice> choices = draft.choices();
        if (choices.size() < 2 || choices.size() > MAX_OPTIONS) {
            throw new QuizRefusal("choices", "quiz.question.choices-count", 2, MAX_OPTIONS);
        }
        long right = choices.stream().filter(QuestionDraft.Choice::correct).count();
        if (exactlyOneRight ? right != 1 : right < 1) {
            throw new QuizRefusal("choices", exactlyOneRight
                    ? "quiz.question.one-right-choice" : "quiz.question.some-right-choice");
        }
        List<QuestionOption> options = new ArrayList<>();
        for (QuestionDraft.Choice choice : choices) {
            options.add(new QuestionOption(key(), Question.text("choices", choice.text(), Question.MAX_TEXT),
                    choice.correct(), null, null, feedback(choice.feedback())));
        }
        return options;
    }

    private static List<QuestionOption> trueFalse(QuestionDraft draft) {
        List<QuestionDraft.Choice> choices = draft.choices();
        if (choices.size() != 2 || choices.get(0).correct() == choices.get(1).correct()) {
            throw new QuizRefusal("choices", "quiz.question.true-or-false");
        }
        return List.of(
                new QuestionOption("true", "", choices.get(0).correct(), null, null, feedback(choices.get(0).feedback())),
                new QuestionOption("false", "", choices.get(1).correct(), null, null,
                        feedback(choices.get(1).feedback())));
    }

    private static List<QuestionOption> acceptedAnswers(QuestionDraft draft) {
        List<String> accepted = draft.acceptedAnswers();
        if (accepted.isEmpty() || accepted.size() > MAX_OPTIONS) {
            throw new QuizRefusal("acceptedAnswers", "quiz.question.accepted-count", 1, MAX_OPTIONS);
        }
        List<QuestionOption> options = new ArrayList<>();
        for (String answer : accepted) {
            String text = Question.text("acceptedAnswers", answer, 200);
            if (ShortAnswers.normalise(text).isEmpty()) {
                throw new QuizRefusal("acceptedAnswers", "quiz.question.text-missing");
            }
            options.add(new QuestionOption(key(), text, true, null, null, null));
        }
        return options;
    }

    private static List<QuestionOption> pairs(QuestionDraft draft) {
        List<QuestionDraft.Pair> pairs = draft.pairs();
        if (pairs.size() < 2 || pairs.size() > MAX_OPTIONS) {
            throw new QuizRefusal("pairs", "quiz.question.pairs-count", 2, MAX_OPTIONS);
        }
        Set<String> rights = new HashSet<>();
        List<QuestionOption> options = new ArrayList<>();
        for (QuestionDraft.Pair pair : pairs) {
            String left = Question.text("pairs", pair.left(), Question.MAX_TEXT);
            String right = Question.text("pairs", pair.right(), Question.MAX_TEXT);
            if (!rights.add(ShortAnswers.normalise(right))) {
                // Two equal right items would make two matchings right and the grading arbitrary.
                throw new QuizRefusal("pairs", "quiz.question.pairs-ambiguous");
            }
            options.add(new QuestionOption(key(), left, true, key(), right, null));
        }
        return options;
    }

    private static String feedback(String feedback) {
        return feedback == null || feedback.isBlank() ? null : Question.text("feedback", feedback, Question.MAX_TEXT);
    }

    private static String key() {
        char[] key = new char[10];
        for (int i = 0; i < key.length; i++) {
            key[i] = KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)];
        }
        return new String(key);
    }
}
