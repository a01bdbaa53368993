package org.collegium.academy.facilitation;

/**
 * One line of an academy's figures.
 *
 * @param enrolments learners holding a place (active or completed)
 * @param active those of them who completed an activity in the last {@link AcademyFigures#ACTIVE_DAYS} days
 * @param completions those who completed the course
 * @param certificates valid certificates issued
 */
public record FigureRow(String label, int enrolments, int active, int completions, int certificates) {

    /** Completions out of enrolments, in whole percent (rounded half up); 0 without enrolments. */
    public int completionRate() {
        return enrolments == 0 ? 0 : (int) Math.round(100.0 * completions / enrolments);
    }

    FigureRow plus(int moreEnrolments, int moreActive, int moreCompletions, int moreCertificates) {
        return new FigureRow(label, enrolments + moreEnrolments, active + moreActive, completions + moreCompletions,
                certificates + moreCertificates);
    }
}
