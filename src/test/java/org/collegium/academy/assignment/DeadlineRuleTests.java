package org.collegium.academy.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.collegium.academy.LatePolicy;
import org.collegium.academy.assignment.DeadlineRule.Verdict;
import org.junit.jupiter.api.Test;

class DeadlineRuleTests {

    private static final Instant DUE = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant CUT_OFF = Instant.parse("2026-05-03T12:00:00Z");

    @Test
    void isOnTimeUpToTheLastInstantOfTheDueSecond() {
        DeadlineRule rule = new DeadlineRule(DUE, LatePolicy.ACCEPT_AND_MARK_LATE, CUT_OFF);
        assertThat(rule.judge(DUE.minusSeconds(1))).isEqualTo(Verdict.ON_TIME);
        assertThat(rule.judge(DUE)).isEqualTo(Verdict.ON_TIME);
        assertThat(rule.judge(DUE.plusMillis(999))).isEqualTo(Verdict.ON_TIME);
        assertThat(rule.judge(DUE.plusSeconds(1))).isEqualTo(Verdict.LATE);
    }

    @Test
    void marksLateWorkUntilTheCutOffSecondThenRefusesIt() {
        DeadlineRule rule = new DeadlineRule(DUE, LatePolicy.ACCEPT_AND_MARK_LATE, CUT_OFF);
        assertThat(rule.judge(CUT_OFF)).isEqualTo(Verdict.LATE);
        assertThat(rule.judge(CUT_OFF.plusMillis(999))).isEqualTo(Verdict.LATE);
        assertThat(rule.judge(CUT_OFF.plusSeconds(1))).isEqualTo(Verdict.REFUSED_PAST_CUT_OFF);
        assertThat(rule.judge(CUT_OFF.plusSeconds(1)).accepted()).isFalse();
    }

    @Test
    void refusesLateWorkWhenThePolicySaysSo() {
        DeadlineRule rule = new DeadlineRule(DUE, LatePolicy.REFUSE, null);
        assertThat(rule.judge(DUE)).isEqualTo(Verdict.ON_TIME);
        assertThat(rule.judge(DUE.plusSeconds(1))).isEqualTo(Verdict.REFUSED_PAST_DUE);
    }

    @Test
    void theCutOffWinsOverTheLatePolicy() {
        DeadlineRule refusing = new DeadlineRule(DUE, LatePolicy.REFUSE, DUE);
        assertThat(refusing.judge(DUE.plusSeconds(1))).isEqualTo(Verdict.REFUSED_PAST_CUT_OFF);
        DeadlineRule accepting = new DeadlineRule(DUE, LatePolicy.ACCEPT_AND_MARK_LATE, DUE);
        assertThat(accepting.judge(DUE.plusSeconds(1))).isEqualTo(Verdict.REFUSED_PAST_CUT_OFF);
    }

    @Test
    void withoutCutOffLateWorkIsAcceptedForever() {
        DeadlineRule rule = new DeadlineRule(DUE, LatePolicy.ACCEPT_AND_MARK_LATE, null);
        assertThat(rule.judge(DUE.plusSeconds(365L * 24 * 3600))).isEqualTo(Verdict.LATE);
    }
}
