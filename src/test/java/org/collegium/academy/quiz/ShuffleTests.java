package org.collegium.academy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizSettings;
import org.junit.jupiter.api.Test;

class ShuffleTests {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void theSameSeedGivesTheSameOrderEveryTime() {
        assertThat(Shuffle.of(TEN, 42L)).isEqualTo(Shuffle.of(TEN, 42L));
        assertThat(Shuffle.of(TEN, 42L)).containsExactlyInAnyOrderElementsOf(TEN);
    }

    @Test
    void theOrderOfASeedIsFixedForGood() {
        // Stored attempts rely on this exact order: a change of algorithm would reorder every attempt under way.
        assertThat(Shuffle.of(TEN, 42L)).containsExactly(4, 6, 2, 1, 7, 9, 8, 5, 3, 0);
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        Set<List<Integer>> orders = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            orders.add(Shuffle.of(TEN, seed));
        }
        assertThat(orders).hasSizeGreaterThan(45);
    }

    @Test
    void eachQuestionAndPurposeHasItsOwnSeed() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(Shuffle.seedFor(7L, a, 2)).isEqualTo(Shuffle.seedFor(7L, a, 2))
                .isNotEqualTo(Shuffle.seedFor(7L, b, 2))
                .isNotEqualTo(Shuffle.seedFor(7L, a, 3))
                .isNotEqualTo(Shuffle.seedFor(8L, a, 2));
    }

    @Test
    void aFixedListIsAskedInItsOrderUnlessShuffled() {
        List<QuestionId> ids = IntStream.range(0, 8).mapToObj(i -> new QuestionId(UUID.randomUUID())).toList();
        List<UUID> raw = ids.stream().map(QuestionId::value).toList();
        Quiz inOrder = QuizTestData.quiz(QuizSettings.fixed(ids));
        assertThat(QuestionSelection.pick(inOrder, List.of(), 1L)).isEqualTo(raw);
        assertThat(QuestionSelection.pick(inOrder, List.of(), 2L)).isEqualTo(raw);

        Quiz shuffled = QuizTestData.quiz(QuizSettings.fixed(ids).shuffling(true, false));
        assertThat(QuestionSelection.pick(shuffled, List.of(), 1L)).isEqualTo(QuestionSelection.pick(shuffled, List.of(), 1L))
                .containsExactlyInAnyOrderElementsOf(raw);
        Set<List<UUID>> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(QuestionSelection.pick(shuffled, List.of(), seed));
        }
        assertThat(orders).hasSizeGreaterThan(10);
    }

    @Test
    void aDrawTakesTheSameQuestionsForTheSameSeedWhateverTheOrderOfTheCandidates() {
        List<UUID> candidates = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID()).toList();
        Quiz quiz = QuizTestData.quiz(QuizSettings.drawn(5, Set.of("finance")));
        List<UUID> drawn = QuestionSelection.pick(quiz, candidates, 99L);
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates().isSubsetOf(candidates);
        assertThat(QuestionSelection.pick(quiz, candidates.reversed(), 99L)).isEqualTo(drawn);
        assertThat(QuestionSelection.pick(quiz, candidates, 100L)).isNotEqualTo(drawn);
    }

    @Test
    void aDrawFromFewerCandidatesTakesThemAll() {
        List<UUID> candidates = List.of(UUID.randomUUID(), UUID.randomUUID());
        Quiz quiz = QuizTestData.quiz(QuizSettings.drawn(5, Set.of()));
        assertThat(QuestionSelection.pick(quiz, candidates, 3L)).containsExactlyInAnyOrderElementsOf(candidates);
    }
}
