package org.collegium.academy;

/**
 * A run open at any time for learners at their own pace, or a cohort with dates. Labels: {@code enrolment.run.kind.<NAME>}.
 */
public enum RunKind {
    SELF_PACED, COHORT
}
