package org.collegium.exchange.exchanges;

/** The report both sides write together once the exchange is completed. */
public record JointReport(String done, String results, String lessonsLearned, String nextSteps) {
}
