package org.collegium.academy.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.RubricCriterion;
import org.collegium.academy.RubricLevel;
import org.junit.jupiter.api.Test;

class RubricTests {

    static final List<RubricCriterion> CRITERIA = List.of(
            new RubricCriterion("Analysis", List.of(new RubricLevel("Missing", 0), new RubricLevel("Partial", 3),
                    new RubricLevel("Complete", 5))),
            new RubricCriterion("Plan", List.of(new RubricLevel("Weak", 1), new RubricLevel("Strong", 4))));

    private final Rubric rubric = Rubric.of(CRITERIA);

    @Test
    void totalIsTheSumOfEachCriterionsBestLevel() {
        assertThat(rubric.total()).isEqualTo(9);
    }

    @Test
    void scoresTheChosenLevelOfEachCriterion() {
        assertThat(rubric.score(List.of(0, 0))).isEqualTo(1);
        assertThat(rubric.score(List.of(1, 1))).isEqualTo(7);
        assertThat(rubric.score(List.of(2, 1))).isEqualTo(9);
    }

    @Test
    void refusesAChoiceThatDoesNotFitTheRubric() {
        assertRefused(() -> rubric.score(List.of(1)), "assignment.grade.levels.incomplete");
        assertRefused(() -> rubric.score(List.of(1, 1, 1)), "assignment.grade.levels.incomplete");
        assertRefused(() -> rubric.score(List.of(3, 0)), "assignment.grade.levels.unknown");
        assertRefused(() -> rubric.score(List.of(0, -1)), "assignment.grade.levels.unknown");
        assertRefused(() -> rubric.score(Arrays.asList(0, null)), "assignment.grade.levels.unknown");
    }

    @Test
    void refusesEmptyOrMalformedRubrics() {
        assertRefused(() -> Rubric.of(List.of()), "assignment.rubric.criteria");
        assertRefused(() -> Rubric.of(List.of(new RubricCriterion("Empty", List.of()))), "assignment.rubric.levels");
        assertRefused(() -> Rubric.of(List.of(new RubricCriterion(" ", List.of(new RubricLevel("A", 1))))),
                "assignment.rubric.title");
        assertRefused(() -> Rubric.of(List.of(new RubricCriterion("C", List.of(new RubricLevel("A", -1))))),
                "assignment.rubric.points");
    }

    private static void assertRefused(Runnable step, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(AssignmentRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
