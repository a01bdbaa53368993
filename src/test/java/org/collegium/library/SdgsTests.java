package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SdgsTests {

    @Test
    void theSeventeenGoalsHaveTheirOneHundredAndSixtyNineTargets() {
        assertThat(IntStream.rangeClosed(1, 17).map(goal -> Sdgs.targetsOf(goal).size()).sum()).isEqualTo(169);
        assertThat(Sdgs.targetsOf(11)).startsWith("11.1").endsWith("11.c").hasSize(10);
        assertThat(Sdgs.targetsOf(17)).endsWith("17.19").noneMatch(target -> target.endsWith(".a"));
    }

    @Test
    void aTargetNamesItsGoalOnlyWhenItExists() {
        assertThat(Sdgs.goalOf("11.3")).contains(11);
        assertThat(Sdgs.goalOf("6.a")).contains(6);
        assertThat(Sdgs.goalOf("6.c")).isEmpty();
        assertThat(Sdgs.goalOf("17.20")).isEmpty();
        assertThat(Sdgs.goalOf("18.1")).isEmpty();
        assertThat(Sdgs.goalOf("11.0")).isEmpty();
        assertThat(Sdgs.goalOf("<script>")).isEmpty();
        assertThat(Sdgs.goalOf(null)).isEmpty();
    }

    @Test
    void sendaiHasFourPrioritiesAndSevenTargets() {
        assertThat(Sendai.isPriority(4)).isTrue();
        assertThat(Sendai.isPriority(5)).isFalse();
        assertThat(Sendai.isTarget("G")).isTrue();
        assertThat(Sendai.isTarget("H")).isFalse();
    }
}
