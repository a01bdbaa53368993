package org.collegium.library.demo;

import java.util.Map;
import java.util.Set;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.library.CaseSection;
import org.collegium.library.ContactPerson;
import org.collegium.library.LanguageVersion;

/**
 * One of the six practical cases of ALGA's peer-learning module (Marrakech, 16 May 2023), as an illustrative sample:
 * the sections in French and English, its tags, and the participants' analysis of its strengths and weaknesses.
 */
record DemoCase(
        String country,
        Set<ExpertiseTopic> themes,
        Set<String> sdgTargets,
        Set<Integer> sendaiPriorities,
        Set<String> sendaiTargets,
        LanguageVersion french,
        LanguageVersion english,
        ContactPerson contact,
        Analysis analysis) {

    /** What the participants of the module said of the case, in French as the session was held. */
    record Analysis(String strengths, String weaknesses, String recommendations) {
    }

    static LanguageVersion text(String title, String summary, String context, String partners, String design,
            String implementation, String evaluation, String challenges, String results, String lessons) {
        return new LanguageVersion(title, summary, Map.of(
                CaseSection.CONTEXT, context, CaseSection.PARTNERS, partners, CaseSection.DESIGN, design,
                CaseSection.IMPLEMENTATION, implementation, CaseSection.EVALUATION, evaluation,
                CaseSection.CHALLENGES, challenges, CaseSection.RESULTS, results,
                CaseSection.LESSONS_LEARNED, lessons));
    }
}
