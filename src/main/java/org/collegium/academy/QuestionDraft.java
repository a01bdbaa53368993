package org.collegium.academy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A question to add to an academy's bank, written in one language (its original language). Choices serve single
 * choice, multiple choice and true/false questions (true/false: two choices, "true" then "false"); accepted answers
 * serve short answers; pairs serve matching. The general feedback is shown when the answer is right, or when it is
 * not (partly right included); choices carry their own feedback.
 */
public record QuestionDraft(QuestionKind kind, String language, String prompt, int points, Set<String> tags,
        List<Choice> choices, List<String> acceptedAnswers, List<Pair> pairs, String correctFeedback,
        String incorrectFeedback) {

    public QuestionDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        choices = choices == null ? List.of() : List.copyOf(choices);
        acceptedAnswers = acceptedAnswers == null ? List.of() : List.copyOf(acceptedAnswers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /** One choice, right or wrong, with the feedback shown to whoever picks it (may be null). */
    public record Choice(String text, boolean correct, String feedback) {

        public static Choice right(String text) {
            return new Choice(text, true, null);
        }

        public static Choice wrong(String text) {
            return new Choice(text, false, null);
        }

        public Choice saying(String feedback) {
            return new Choice(text, correct, feedback);
        }
    }

    /** A left item and the right item it matches. */
    public record Pair(String left, String right) {
    }

    public static QuestionDraft singleChoice(String language, String prompt, int points, Choice... choices) {
        return new QuestionDraft(QuestionKind.SINGLE_CHOICE, language, prompt, points, Set.of(), Arrays.asList(choices),
                List.of(), List.of(), null, null);
    }

    public static QuestionDraft multipleChoice(String language, String prompt, int points, Choice... choices) {
        return new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, language, prompt, points, Set.of(),
                Arrays.asList(choices), List.of(), List.of(), null, null);
    }

    public static QuestionDraft trueFalse(String language, String prompt, int points, boolean answer) {
        return new QuestionDraft(QuestionKind.TRUE_FALSE, language, prompt, points, Set.of(),
                List.of(new Choice("true", answer, null), new Choice("false", !answer, null)), List.of(), List.of(),
                null, null);
    }

    public static QuestionDraft shortAnswer(String language, String prompt, int points, String... accepted) {
        return new QuestionDraft(QuestionKind.SHORT_ANSWER, language, prompt, points, Set.of(), List.of(),
                Arrays.asList(accepted), List.of(), null, null);
    }

    public static QuestionDraft matching(String language, String prompt, int points, Pair... pairs) {
        return new QuestionDraft(QuestionKind.MATCHING, language, prompt, points, Set.of(), List.of(), List.of(),
                Arrays.asList(pairs), null, null);
    }

    public QuestionDraft tagged(String... newTags) {
        return new QuestionDraft(kind, language, prompt, points, Set.of(newTags), choices, acceptedAnswers, pairs,
                correctFeedback, incorrectFeedback);
    }

    public QuestionDraft withFeedback(String whenCorrect, String whenIncorrect) {
        return new QuestionDraft(kind, language, prompt, points, tags, choices, acceptedAnswers, pairs, whenCorrect,
                whenIncorrect);
    }
}
