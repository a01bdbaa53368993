package org.collegium.academy.quiz;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One learner at one quiz: how many attempts they started and when they first passed. Its row is locked by every
 * start and submission of theirs, so that two requests at once can neither exceed the attempts limit, nor grade an
 * attempt twice, nor announce a pass twice.
 */
@Entity
@Table(name = "quiz_participation")
class QuizParticipation {

    @Id
    private UUID id;

    @Column(name = "quiz_id", nullable = false)
    private UUID quizId;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Column(name = "attempts_started", nullable = false)
    private int attemptsStarted;

    @Column(name = "passed_at")
    private Instant passedAt;

    protected QuizParticipation() {
    }

    /** The same id for the same quiz and learner, so that the row is created once whoever comes first. */
    static UUID idOf(UUID quiz, UUID learner) {
        return UUID.nameUUIDFromBytes((quiz + "/" + learner).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    int attemptsStarted() {
        return attemptsStarted;
    }

    int startAttempt() {
        return ++attemptsStarted;
    }

    boolean passed() {
        return passedAt != null;
    }

    /** Records the first pass; false when the learner had passed already. */
    boolean pass(Instant at) {
        if (passedAt != null) {
            return false;
        }
        passedAt = at;
        return true;
    }
}
