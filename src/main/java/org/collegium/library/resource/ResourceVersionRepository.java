package org.collegium.library.resource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceVersionRepository extends JpaRepository<ResourceVersion, UUID> {

    List<ResourceVersion> findByResourceOrderByNumberDesc(UUID resource);

    Optional<ResourceVersion> findFirstByResourceOrderByNumberDesc(UUID resource);

    Optional<ResourceVersion> findByResourceAndNumber(UUID resource, int number);
}
