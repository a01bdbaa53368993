package org.collegium.academy;

/**
 * One of a learner's enrolments on their "My learning" page.
 *
 * @param completed the counted activities the learner completed
 * @param required the activities that count towards completion
 * @param next the first published activity the learner has not completed, or null
 */
public record LearningSummary(EnrolmentId enrolment, CourseSummary course, RunView run, EnrolmentStatus status,
        int completed, int required, ActivitySummary next) {

    /** Progress in percent, 0 to 100. */
    public int percent() {
        return required == 0 ? (status == EnrolmentStatus.COMPLETED ? 100 : 0) : Math.min(100, completed * 100 / required);
    }
}
