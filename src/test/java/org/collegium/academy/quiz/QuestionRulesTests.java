package org.collegium.academy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collegium.academy.QuestionDraft;
import org.collegium.academy.QuestionDraft.Choice;
import org.collegium.academy.QuestionDraft.Pair;
import org.collegium.academy.QuestionKind;
import org.collegium.academy.QuizRefusal;
import org.junit.jupiter.api.Test;

class QuestionRulesTests {

    @Test
    void keepsThePromptInItsOriginalLanguageAndGainsTranslations() {
        Question question = QuizTestData.singleChoice();
        question.translatePrompt("fr", "Quelle ville accueille le secrétariat de NALAS ?");
        assertThat(question.prompt().in(Locale.FRENCH).text()).startsWith("Quelle ville");
        assertThat(question.prompt().in(Locale.ENGLISH).text()).startsWith("Which city");
        assertThat(question.prompt().in(Locale.forLanguageTag("es")).fallback()).isTrue();
    }

    @Test
    void trueFalseQuestionsHaveTheKeysTrueAndFalse() {
        Question question = QuizTestData.trueFalse(false);
        assertThat(question.options()).extracting(QuestionOption::key).containsExactly("true", "false");
        assertThat(question.options()).extracting(QuestionOption::correct).containsExactly(false, true);
    }

    @Test
    void optionKeysAreUniqueAndTagsNormalised() {
        Question question = QuizTestData.question(QuestionDraft.multipleChoice("en", "Pick", 1, Choice.right("a"),
                Choice.right("b"), Choice.wrong("c")).tagged(" Finance ", "SDG"));
        assertThat(question.options()).extracting(QuestionOption::key).doesNotHaveDuplicates();
        assertThat(question.tags()).containsExactlyInAnyOrder("finance", "sdg");
    }

    @Test
    void refusesQuestionsThatDoNotHoldTogether() {
        refused(QuestionDraft.singleChoice("en", "Pick", 1, Choice.right("a")), "quiz.question.choices-count");
        refused(QuestionDraft.singleChoice("en", "Pick", 1, Choice.right("a"), Choice.right("b")),
                "quiz.question.one-right-choice");
        refused(QuestionDraft.singleChoice("en", "Pick", 1, Choice.wrong("a"), Choice.wrong("b")),
                "quiz.question.one-right-choice");
        refused(QuestionDraft.multipleChoice("en", "Pick", 1, Choice.wrong("a"), Choice.wrong("b")),
                "quiz.question.some-right-choice");
        refused(QuestionDraft.singleChoice("en", " ", 1, Choice.right("a"), Choice.wrong("b")),
                "quiz.question.text-missing");
        refused(QuestionDraft.singleChoice("en", "Pick", 0, Choice.right("a"), Choice.wrong("b")),
                "quiz.question.points-invalid");
        refused(QuestionDraft.singleChoice("xx", "Pick", 1, Choice.right("a"), Choice.wrong("b")),
                "quiz.question.language-unknown");
        refused(QuestionDraft.shortAnswer("en", "Say", 1), "quiz.question.accepted-count");
        refused(QuestionDraft.shortAnswer("en", "Say", 1, "  "), "quiz.question.text-missing");
        refused(QuestionDraft.matching("en", "Match", 1, new Pair("a", "1")), "quiz.question.pairs-count");
        refused(QuestionDraft.matching("en", "Match", 1, new Pair("a", "One"), new Pair("b", " one")),
                "quiz.question.pairs-ambiguous");
        refused(new QuestionDraft(QuestionKind.TRUE_FALSE, "en", "Say", 1, Set.of(),
                List.of(Choice.right("true"), Choice.right("false")), null, null, null, null),
                "quiz.question.true-or-false");
        refused(new QuestionDraft(null, "en", "Say", 1, null, null, null, null, null, null),
                "quiz.question.kind-missing");
        refused(QuestionDraft.trueFalse("en", "x".repeat(Question.MAX_PROMPT + 1), 1, true),
                "quiz.question.text-too-long");
        refused(QuestionDraft.trueFalse("en", "Say", 1, true).tagged("x".repeat(41)), "quiz.question.tag-invalid");
    }

    private static void refused(QuestionDraft draft, String code) {
        assertThatThrownBy(() -> QuizTestData.question(draft)).isInstanceOf(QuizRefusal.class)
                .extracting("code").isEqualTo(code);
    }
}
