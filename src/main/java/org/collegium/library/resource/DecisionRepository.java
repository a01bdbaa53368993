package org.collegium.library.resource;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, UUID> {

    List<Decision> findByResourceOrderByDecidedAtAsc(UUID resource);

    List<Decision> findByResourceInOrderByDecidedAtAsc(Collection<UUID> resources);
}
