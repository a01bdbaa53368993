package org.collegium.academy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizFeedback;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.QuizSettings;
import org.junit.jupiter.api.Test;

class QuizSettingsTests {

    private final QuestionId one = new QuestionId(UUID.randomUUID());

    @Test
    void keepsTheSettingsAsGiven() {
        QuizSettings settings = QuizSettings.fixed(List.of(one)).shuffling(true, true).attempts(3).timeLimit(15)
                .open(QuizTestData.NOW, QuizTestData.NOW.plusSeconds(3600)).passMark(80)
                .showing(QuizFeedback.SCORE_ONLY);
        assertThat(QuizTestData.quiz(settings).settings()).isEqualTo(settings);
        QuizSettings drawn = QuizSettings.drawn(4, Set.of("finance"));
        assertThat(QuizTestData.quiz(drawn).settings()).isEqualTo(drawn);
    }

    @Test
    void refusesSettingsThatDoNotHoldTogether() {
        QuizSettings base = QuizSettings.fixed(List.of(one));
        refused(QuizSettings.fixed(List.of()), "quiz.settings.questions-or-draw");
        refused(new QuizSettings(List.of(one), 2, Set.of(), false, false, 0, null, null, null, 50,
                QuizFeedback.NONE), "quiz.settings.questions-or-draw");
        refused(QuizSettings.fixed(List.of(one, one)), "quiz.settings.question-repeated");
        refused(base.attempts(-1), "quiz.settings.attempts-invalid");
        refused(base.timeLimit(0), "quiz.settings.time-limit-invalid");
        refused(base.open(QuizTestData.NOW, QuizTestData.NOW), "quiz.settings.closes-before-opening");
        refused(base.passMark(101), "quiz.settings.pass-mark-invalid");
        refused(base.showing(null), "quiz.settings.feedback-missing");
        refused(QuizSettings.drawn(Quiz.MAX_QUESTIONS + 1, Set.of()), "quiz.settings.too-many-questions");
    }

    private static void refused(QuizSettings settings, String code) {
        assertThatThrownBy(() -> QuizTestData.quiz(settings)).isInstanceOf(QuizRefusal.class)
                .extracting("code").isEqualTo(code);
    }
}
