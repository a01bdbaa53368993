package org.collegium.academy.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.academy.ActivityId;
import org.collegium.academy.QuestionId;
import org.collegium.academy.QuestionKind;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizAttemptId;
import org.collegium.academy.QuizAttemptStatus;
import org.collegium.academy.QuizAttemptView;
import org.collegium.shared.i18n.TranslatedText;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reading an attempt's form: one answer per question asked, blank ones sent as empty answers so that they clear what
 * was saved, and nothing taken from fields of questions not asked. CSV cells cannot start a formula.
 */
class TypedAnswersTests {

    private final QuestionId choice = new QuestionId(UUID.randomUUID());
    private final QuestionId several = new QuestionId(UUID.randomUUID());
    private final QuestionId text = new QuestionId(UUID.randomUUID());
    private final QuestionId pairs = new QuestionId(UUID.randomUUID());

    @Test
    void readsOneAnswerPerQuestionAskedAndEmptyAnswersForBlankOnes() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("q." + choice.value(), "abc");
        form.add("q." + text.value(), "Sendai");
        form.add("m." + pairs.value() + ".left1", "right2");
        form.add("m." + pairs.value() + ".left2", "");
        form.add("q." + UUID.randomUUID(), "not asked");

        Map<QuestionId, QuizAnswer> answers = TypedAnswers.from(form, attempt());

        assertThat(answers).containsOnlyKeys(choice, several, text, pairs);
        assertThat(answers.get(choice).choices()).containsExactly("abc");
        assertThat(answers.get(several).isEmpty()).isTrue();
        assertThat(answers.get(text).text()).isEqualTo("Sendai");
        assertThat(answers.get(pairs).matches()).isEqualTo(Map.of("left1", "right2"));
    }

    @Test
    void keepsWhatWasTypedWhenShowingTheAttemptAgain() {
        QuizAttemptView shown = TypedAnswers.keeping(attempt(), Map.of(text, QuizAnswer.typing("typed")));
        assertThat(shown.questions()).filteredOn(question -> question.id().equals(text))
                .extracting(question -> question.answer().text()).containsExactly("typed");
    }

    private QuizAttemptView attempt() {
        TranslatedText prompt = TranslatedText.original("en", "A question");
        return new QuizAttemptView(new QuizAttemptId(UUID.randomUUID()), new ActivityId(UUID.randomUUID()), 1,
                QuizAttemptStatus.IN_PROGRESS, Instant.now(), null, List.of(
                        question(choice, 1, QuestionKind.SINGLE_CHOICE, prompt, List.of(option("abc"), option("def"))),
                        question(several, 2, QuestionKind.MULTIPLE_CHOICE, prompt, List.of(option("ghi"))),
                        question(text, 3, QuestionKind.SHORT_ANSWER, prompt, List.of()),
                        new QuizAttemptView.Question(pairs, 4, QuestionKind.MATCHING, prompt, 1,
                                List.of(option("left1"), option("left2")), List.of(option("right1"), option("right2")),
                                null)));
    }

    private static QuizAttemptView.Question question(QuestionId id, int position, QuestionKind kind,
            TranslatedText prompt, List<QuizAttemptView.Option> options) {
        return new QuizAttemptView.Question(id, position, kind, prompt, 1, options, List.of(), null);
    }

    private static QuizAttemptView.Option option(String key) {
        return new QuizAttemptView.Option(key, "Text of " + key);
    }
}
