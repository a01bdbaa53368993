package org.collegium.academy;

import java.util.List;
import java.util.Set;

import org.collegium.shared.i18n.TranslatedText;

/**
 * A question of an academy's bank as its authors see it, answers included. Choices list the right ones too; for
 * short answers they are the accepted answers; for matching, each choice's {@code match} is its right item.
 */
public record QuestionSummary(QuestionId id, AcademyId academy, QuestionKind kind, TranslatedText prompt, int points,
        Set<String> tags, List<Choice> choices, String correctFeedback, String incorrectFeedback) {

    public QuestionSummary {
        tags = Set.copyOf(tags);
        choices = List.copyOf(choices);
    }

    public record Choice(String key, String text, boolean correct, String match, String feedback) {
    }
}
