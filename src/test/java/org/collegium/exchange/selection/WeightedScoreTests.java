package org.collegium.exchange.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class WeightedScoreTests {

    private final CriterionView experience = new CriterionView(UUID.randomUUID(), "international-experience", null, 40, 10);
    private final CriterionView quality = new CriterionView(UUID.randomUUID(), "technical-quality", null, 60, 5);
    private final List<CriterionView> criteria = List.of(experience, quality);

    @Test
    void aSheetWeighsEachScoreAsAShareOfItsMaximum() {
        // 40 × 5/10 + 60 × 5/5 = 20 + 60 = 80 of 100
        assertThat(WeightedScore.ofSheet(criteria, Map.of(experience.id(), 5, quality.id(), 5))).isCloseTo(80, within(1e-9));
        assertThat(WeightedScore.ofSheet(criteria, Map.of(experience.id(), 0, quality.id(), 0))).isZero();
        assertThat(WeightedScore.ofSheet(criteria, Map.of(experience.id(), 10, quality.id(), 5))).isCloseTo(100, within(1e-9));
    }

    @Test
    void anExpressionScoresTheMeanOfItsSheetsAndNothingWithoutOne() {
        var sheets = List.of(Map.of(experience.id(), 10, quality.id(), 5), Map.of(experience.id(), 0, quality.id(), 0));
        assertThat(WeightedScore.ofExpression(criteria, sheets).orElseThrow()).isCloseTo(50, within(1e-9));
        assertThat(WeightedScore.ofExpression(criteria, List.of())).isEmpty();
        assertThat(WeightedScore.meansPerCriterion(criteria, sheets))
                .containsExactly(Map.entry(experience.id(), 5.0), Map.entry(quality.id(), 2.5));
    }

    @Test
    void aSheetWithoutEveryScoreHasNoTotal() {
        assertThatThrownBy(() -> WeightedScore.ofSheet(criteria, Map.of(experience.id(), 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
