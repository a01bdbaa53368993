package org.collegium.academy;

/**
 * What submitting an attempt gave. When the submission came after the deadline, {@code refusal} is the message
 * code that says so ({@code quiz.submit.time-limit-passed} or {@code quiz.submit.closed}): the answers sent with it
 * were refused, those saved before were graded and the attempt is {@link QuizAttemptStatus#OVERDUE}. Submitting a
 * finished attempt again gives the same result, graded once.
 */
public record QuizSubmission(QuizAttemptResult result, String refusal) {

    public boolean refused() {
        return refusal != null;
    }
}
