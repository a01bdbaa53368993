package org.collegium.academy.quiz.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.collegium.academy.QuestionDraft;
import org.collegium.academy.QuestionKind;

/**
 * A question as authors type it in one language. {@code rows} are the choices (with whether each is right and its
 * feedback), the accepted answers of a short answer, or the pairs of a matching question ({@code text} left,
 * {@code match} right); blank rows are left out. A true/false question says in {@code statement} whether it is true.
 */
record QuestionForm(
        @NotNull(message = "{quiz.question.kind-missing}") QuestionKind kind,
        @NotBlank(message = "{quiz.question.language-unknown}") String language,
        String prompt,
        @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "{quiz.form.points-invalid}") String points,
        String tags,
        List<Row> rows,
        String statement,
        String correctFeedback,
        String incorrectFeedback) {

    static final int ROWS = 6;

    record Row(String text, String match, Boolean correct, String feedback) {

        static final Row BLANK = new Row("", "", false, "");

        Row {
            correct = Boolean.TRUE.equals(correct);
        }

        boolean isBlank() {
            return blank(text) && blank(match) && blank(feedback) && !correct;
        }
    }

    QuestionForm {
        rows = rows == null ? List.of() : rows.stream().map(row -> row == null ? Row.BLANK : row).toList();
    }

    static QuestionForm empty(QuestionKind kind, String language) {
        return new QuestionForm(kind, language, "", "1", "", List.of(), "true", "", "").padded();
    }

    /** The form with blank rows to fill in, as many as shown. */
    QuestionForm padded() {
        List<Row> shown = new ArrayList<>(rows.stream().filter(row -> !row.isBlank()).toList());
        while (shown.size() < ROWS) {
            shown.add(Row.BLANK);
        }
        return new QuestionForm(kind, language, prompt, points, tags, shown, statement, correctFeedback,
                incorrectFeedback);
    }

    QuestionDraft toDraft() {
        List<Row> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        List<QuestionDraft.Choice> choices = switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> filled.stream()
                    .map(row -> new QuestionDraft.Choice(row.text(), row.correct(), row.feedback())).toList();
            case TRUE_FALSE -> "true".equals(statement) || "false".equals(statement)
                    ? List.of(new QuestionDraft.Choice("true", "true".equals(statement), null),
                            new QuestionDraft.Choice("false", "false".equals(statement), null))
                    : List.of();
            default -> List.of();
        };
        List<String> accepted = kind == QuestionKind.SHORT_ANSWER ? filled.stream().map(Row::text).toList() : List.of();
        List<QuestionDraft.Pair> pairs = kind == QuestionKind.MATCHING
                ? filled.stream().map(row -> new QuestionDraft.Pair(row.text(), row.match())).toList() : List.of();
        return new QuestionDraft(kind, language, prompt, Integer.parseInt(points.strip()), tagSet(), choices, accepted,
                pairs, correctFeedback, incorrectFeedback);
    }

    private Set<String> tagSet() {
        if (blank(tags)) {
            return Set.of();
        }
        Set<String> set = new LinkedHashSet<>();
        Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(set::add);
        return set;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
