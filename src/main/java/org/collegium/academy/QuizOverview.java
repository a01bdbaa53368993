package org.collegium.academy;

import java.util.Optional;

/**
 * The quiz of an activity as one learner sees it before starting: its settings, how many attempts they used and
 * have left (null when unlimited), the attempt they have under way, and whether they passed it already.
 */
public record QuizOverview(ActivityId activity, AcademyId academy, QuizSettings settings, int attemptsUsed,
        Integer attemptsLeft, Optional<QuizAttemptId> attemptInProgress, boolean passed) {
}
