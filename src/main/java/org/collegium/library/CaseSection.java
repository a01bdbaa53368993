package org.collegium.library;

/**
 * The sections of a case study, in the order ALGA presents practical cases: the context and partners, each stage
 * from design to evaluation, the challenges met, the results and the lessons learned.
 * Labels come from the bundles: {@code library.section.<NAME>}.
 */
public enum CaseSection {
    CONTEXT, PARTNERS, DESIGN, IMPLEMENTATION, MONITORING, EVALUATION, CHALLENGES, RESULTS, LESSONS_LEARNED
}
