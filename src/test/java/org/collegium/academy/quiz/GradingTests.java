package org.collegium.academy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collegium.academy.quiz.QuizTestData.key;
import static org.collegium.academy.quiz.QuizTestData.matchKey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.collegium.academy.QuestionOutcome;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizRefusal;
import org.junit.jupiter.api.Test;

class GradingTests {

    private final Question single = QuizTestData.singleChoice();
    private final Question multiple = QuizTestData.multipleChoice();
    private final Question matching = QuizTestData.matching();
    private final Question shortAnswer = QuizTestData.shortAnswer();

    @Test
    void singleChoiceEarnsAllThePointsForTheRightChoiceOnly() {
        assertThat(award(single, QuizAnswer.choosing(key(single, "Skopje")))).isEqualByComparingTo("2");
        assertThat(award(single, QuizAnswer.choosing(key(single, "Sofia")))).isEqualByComparingTo("0");
        assertThat(award(single, new QuizAnswer(null, null, null))).isEqualByComparingTo("0");
    }

    @Test
    void trueFalseEarnsThePointsForTheTrueAnswer() {
        Question isTrue = QuizTestData.trueFalse(true);
        Question isFalse = QuizTestData.trueFalse(false);
        assertThat(award(isTrue, QuizAnswer.trueOrFalse(true))).isEqualByComparingTo("1");
        assertThat(award(isTrue, QuizAnswer.trueOrFalse(false))).isEqualByComparingTo("0");
        assertThat(award(isFalse, QuizAnswer.trueOrFalse(false))).isEqualByComparingTo("1");
        assertThat(award(isFalse, QuizAnswer.trueOrFalse(true))).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceGivesRightChoicesMinusWrongOnesInProportionNeverBelowZero() {
        String water = key(multiple, "Clean water");
        String energy = key(multiple, "Affordable energy");
        String gender = key(multiple, "Gender equality");
        String speed = key(multiple, "Highway speed");
        String stocks = key(multiple, "Stock prices");
        assertThat(award(multiple, QuizAnswer.choosing(water, energy, gender))).isEqualByComparingTo("3");
        assertThat(award(multiple, QuizAnswer.choosing(water, energy))).isEqualByComparingTo("2");
        assertThat(award(multiple, QuizAnswer.choosing(water))).isEqualByComparingTo("1");
        assertThat(award(multiple, QuizAnswer.choosing(water, energy, gender, speed))).isEqualByComparingTo("2");
        assertThat(award(multiple, QuizAnswer.choosing(water, speed))).isEqualByComparingTo("0");
        assertThat(award(multiple, QuizAnswer.choosing(water, speed, stocks))).isEqualByComparingTo("0");
        assertThat(award(multiple, QuizAnswer.choosing(speed, stocks))).isEqualByComparingTo("0");
    }

    @Test
    void partialCreditIsRoundedToTheHundredth() {
        Question three = QuizTestData.question(org.collegium.academy.QuestionDraft.multipleChoice("en", "Pick", 1,
                org.collegium.academy.QuestionDraft.Choice.right("a"), org.collegium.academy.QuestionDraft.Choice.right("b"),
                org.collegium.academy.QuestionDraft.Choice.right("c"), org.collegium.academy.QuestionDraft.Choice.wrong("d")));
        assertThat(award(three, QuizAnswer.choosing(key(three, "a")))).isEqualTo(new BigDecimal("0.33"));
        assertThat(award(three, QuizAnswer.choosing(key(three, "a"), key(three, "b")))).isEqualTo(new BigDecimal("0.67"));
        assertThat(Grading.outcome(true, new BigDecimal("0.67"), 1)).isEqualTo(QuestionOutcome.PARTIALLY_CORRECT);
    }

    @Test
    void shortAnswersIgnoreCaseAccentsAndSpaces() {
        assertThat(award(shortAnswer, QuizAnswer.typing("sendai framework"))).isEqualByComparingTo("2");
        assertThat(award(shortAnswer, QuizAnswer.typing("  SENDAI   Framework "))).isEqualByComparingTo("2");
        assertThat(award(shortAnswer, QuizAnswer.typing("Séndaï"))).isEqualByComparingTo("2");
        assertThat(award(shortAnswer, QuizAnswer.typing("Sendai\tframework\n"))).isEqualByComparingTo("2");
        assertThat(award(shortAnswer, QuizAnswer.typing("Hyogo"))).isEqualByComparingTo("0");
        assertThat(award(shortAnswer, QuizAnswer.typing("Sendaiframework"))).isEqualByComparingTo("0");
    }

    @Test
    void shortAnswerNormalisationKeepsLettersDigitsAndPunctuation() {
        assertThat(ShortAnswers.normalise(" Évaluation  Finale ")).isEqualTo("evaluation finale");
        assertThat(ShortAnswers.normalise("Jovanović")).isEqualTo("jovanovic");
        assertThat(ShortAnswers.normalise("ＳＤＧ 11")).isEqualTo("sdg 11");
        assertThat(ShortAnswers.normalise("11.5")).isNotEqualTo(ShortAnswers.normalise("115"));
        assertThat(ShortAnswers.normalise(null)).isEmpty();
    }

    @Test
    void matchingEarnsThePointsInProportionToTheRightPairs() {
        Map<String, String> all = new HashMap<>();
        all.put(key(matching, "Clean water"), matchKey(matching, "6"));
        all.put(key(matching, "Energy"), matchKey(matching, "7"));
        all.put(key(matching, "Climate action"), matchKey(matching, "13"));
        all.put(key(matching, "Partnerships"), matchKey(matching, "17"));
        assertThat(award(matching, QuizAnswer.matching(all))).isEqualByComparingTo("4");

        Map<String, String> twoSwapped = new HashMap<>(all);
        twoSwapped.put(key(matching, "Clean water"), matchKey(matching, "7"));
        twoSwapped.put(key(matching, "Energy"), matchKey(matching, "6"));
        assertThat(award(matching, QuizAnswer.matching(twoSwapped))).isEqualByComparingTo("2");

        Map<String, String> oneOnly = Map.of(key(matching, "Partnerships"), matchKey(matching, "17"));
        assertThat(award(matching, QuizAnswer.matching(oneOnly))).isEqualByComparingTo("1");
    }

    @Test
    void matchingKeysOfRightItemsDifferFromTheLeftOnes() {
        matching.options().forEach(option -> assertThat(option.matchKey()).isNotEqualTo(option.key()));
        // The left key itself given as the right item is no match.
        Map<String, String> leftAsRight = new HashMap<>();
        matching.options().forEach(option -> leftAsRight.put(option.key(), option.key()));
        assertThatThrownBy(() -> Grading.check(matching, QuizAnswer.matching(leftAsRight)))
                .isInstanceOf(QuizRefusal.class);
    }

    @Test
    void refusesAnswersThatDoNotFitTheirQuestion() {
        assertRefused(single, QuizAnswer.choosing("nonsense"));
        assertRefused(single, QuizAnswer.choosing(key(single, "Skopje"), key(single, "Sofia")));
        assertRefused(single, QuizAnswer.typing("Skopje"));
        assertRefused(multiple, QuizAnswer.choosing(key(single, "Skopje")));
        assertRefused(shortAnswer, QuizAnswer.choosing("true"));
        assertRefused(shortAnswer, QuizAnswer.typing("x".repeat(1001)));
        assertRefused(matching, QuizAnswer.matching(Map.of("left", "right")));
        assertRefused(QuizTestData.trueFalse(true), QuizAnswer.choosing("yes"));
        Grading.check(single, QuizAnswer.choosing(key(single, "Sofia")));
        Grading.check(shortAnswer, QuizAnswer.typing("x".repeat(1000)));
    }

    @Test
    void feedbackListsTheChosenChoicesThenTheQuestionsOwn() {
        QuizAnswer wrong = QuizAnswer.choosing(key(single, "Sofia"));
        assertThat(Grading.feedback(single, wrong, QuestionOutcome.INCORRECT))
                .containsExactly("Sofia hosts a member association.", "See module 1.");
        QuizAnswer right = QuizAnswer.choosing(key(single, "Skopje"));
        assertThat(Grading.feedback(single, right, QuestionOutcome.CORRECT))
                .containsExactly("Yes, since 2001.", "Well done.");
        assertThat(Grading.feedback(single, QuizAnswer.choosing(key(single, "Tirana")), QuestionOutcome.INCORRECT))
                .containsExactly("See module 1.");
    }

    @Test
    void passMarkIsComparedExactly() {
        assertThat(Grading.passes(new BigDecimal("4.99"), 10, 50)).isFalse();
        assertThat(Grading.passes(new BigDecimal("5.00"), 10, 50)).isTrue();
        assertThat(Grading.passes(new BigDecimal("0.00"), 10, 0)).isTrue();
        assertThat(Grading.percentage(new BigDecimal("4.99"), 10)).isEqualTo(new BigDecimal("49.9"));
        assertThat(Grading.percentage(new BigDecimal("2.00"), 3)).isEqualTo(new BigDecimal("66.6"));
    }

    @Test
    void outcomesNameUnansweredQuestions() {
        assertThat(Grading.outcome(false, BigDecimal.ZERO, 2)).isEqualTo(QuestionOutcome.UNANSWERED);
        assertThat(Grading.outcome(true, BigDecimal.ZERO, 2)).isEqualTo(QuestionOutcome.INCORRECT);
        assertThat(Grading.outcome(true, new BigDecimal("2.00"), 2)).isEqualTo(QuestionOutcome.CORRECT);
    }

    private static BigDecimal award(Question question, QuizAnswer answer) {
        Grading.check(question, answer);
        return Grading.award(question, answer, question.points());
    }

    private static void assertRefused(Question question, QuizAnswer answer) {
        assertThatThrownBy(() -> Grading.check(question, answer)).isInstanceOf(QuizRefusal.class)
                .extracting("code").isEqualTo("quiz.answer.invalid");
    }
}
