package org.collegium.academy.quiz;

import java.util.UUID;

/** Whose attempt it is, and at which quiz. */
record AttemptOwner(UUID learnerId, UUID quizId) {
}
