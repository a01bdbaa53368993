package org.collegium.academy.quiz;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.collegium.academy.QuizAttemptStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> lockById(UUID id);

    /** Whose and of which quiz an attempt is, read without loading it, to check the actor before any lock. */
    @Query("select new org.collegium.academy.quiz.AttemptOwner(a.learnerId, a.quizId) from QuizAttempt a "
            + "where a.id = :id")
    Optional<AttemptOwner> ownerOf(UUID id);

    long countByQuizIdAndLearnerIdAndStatus(UUID quizId, UUID learnerId, QuizAttemptStatus status);

    List<QuizAttempt> findByQuizIdAndLearnerIdOrderByNumber(UUID quizId, UUID learnerId);

    List<QuizAttempt> findByQuizIdAndLearnerIdAndStatus(UUID quizId, UUID learnerId, QuizAttemptStatus status);

    List<QuizAttempt> findByQuizIdOrderByLearnerIdAscNumberAsc(UUID quizId);
}
