package org.collegium.academy.quiz;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuizParticipationRepository extends JpaRepository<QuizParticipation, UUID> {

    /** Creates the row unless it exists; two learners' first starts at once both succeed (H2 and PostgreSQL). */
    @Modifying
    @Query(value = "INSERT INTO quiz_participation (id, quiz_id, learner_id, attempts_started) "
            + "VALUES (:id, :quiz, :learner, 0) ON CONFLICT DO NOTHING", nativeQuery = true)
    void createIfAbsent(UUID id, UUID quiz, UUID learner);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from QuizParticipation p where p.id = :id")
    Optional<QuizParticipation> lockById(UUID id);

    Optional<QuizParticipation> findByQuizIdAndLearnerId(UUID quizId, UUID learnerId);
}
