package org.collegium.academy.discussion;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumRepository extends JpaRepository<Forum, UUID> {

    Optional<Forum> findByPlace(String place);
}
