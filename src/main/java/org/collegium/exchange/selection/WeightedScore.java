package org.collegium.exchange.selection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * How scores add up. A sheet's score is the weighted mean of its scores, each taken as a share of its criterion's
 * maximum, on a scale of 0 to 100: {@code 100 × Σ(weight × score / max) / Σ weight}. An expression's score is the
 * plain mean of its submitted sheets' scores, so every reviewer counts the same; with no submitted sheet it has
 * none yet.
 */
final class WeightedScore {

    private WeightedScore() {
    }

    static double ofSheet(List<CriterionView> criteria, Map<UUID, Integer> scores) {
        double weighted = 0;
        int weights = 0;
        for (CriterionView criterion : criteria) {
            Integer score = scores.get(criterion.id());
            if (score == null) {
                throw new IllegalArgumentException("criterion " + criterion.id() + " has no score");
            }
            weighted += criterion.weight() * (double) score / criterion.maxScore();
            weights += criterion.weight();
        }
        return 100 * weighted / weights;
    }

    static OptionalDouble ofExpression(List<CriterionView> criteria, Collection<Map<UUID, Integer>> sheets) {
        return sheets.stream().mapToDouble(sheet -> ofSheet(criteria, sheet)).average();
    }

    /** The mean score per criterion, in the criteria's order, over the given sheets. */
    static Map<UUID, Double> meansPerCriterion(List<CriterionView> criteria, Collection<Map<UUID, Integer>> sheets) {
        Map<UUID, Double> means = new LinkedHashMap<>();
        for (CriterionView criterion : criteria) {
            sheets.stream().mapToInt(sheet -> sheet.get(criterion.id())).average()
                    .ifPresent(mean -> means.put(criterion.id(), mean));
        }
        return means;
    }
}
