package org.collegium.academy;

/** How one question of a graded attempt went. */
public enum QuestionOutcome {
    CORRECT, PARTIALLY_CORRECT, INCORRECT, UNANSWERED
}
