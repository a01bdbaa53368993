package org.collegium.academy;

/**
 * What makes an activity complete for a learner. Labels: {@code course.completion.<NAME>}.
 */
public enum CompletionRule {
    /** Opening the activity as an enrolled learner. */
    VIEWED,
    /** A {@link QuizPassed} event for the activity. */
    QUIZ_PASSED,
    /** An {@link AssignmentGraded} event for the activity, with a pass. */
    ASSIGNMENT_GRADED,
    /** Marked present at the in-person or online session linked to the activity. */
    ATTENDED
}
