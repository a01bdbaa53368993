package org.collegium.academy;

/** Where an attempt stands. */
public enum QuizAttemptStatus {
    IN_PROGRESS,
    /** Submitted in time and graded. */
    SUBMITTED,
    /**
     * Closed at its deadline (time limit or the quiz's closing date): the answers saved before it were graded, a
     * later submission was refused.
     */
    OVERDUE
}
