package org.collegium.academy.quiz;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, UUID> {

    @EntityGraph(attributePaths = {"fixedQuestions", "drawTags"})
    Optional<Quiz> findByActivityId(UUID activityId);
}
