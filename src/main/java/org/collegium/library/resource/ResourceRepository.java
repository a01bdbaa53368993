package org.collegium.library.resource;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.collegium.library.ResourceStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceRepository extends JpaRepository<Resource, UUID> {

    Page<Resource> findByStatusOrderByPublishedAtDescIdAsc(ResourceStatus status, Pageable page);

    List<Resource> findBySubmitterOrderByUpdatedAtDesc(UUID submitter);

    List<Resource> findByNetworkInAndStatusInOrderByUpdatedAtAsc(Collection<UUID> networks,
            Collection<ResourceStatus> statuses);

    long countByStatus(ResourceStatus status);
}
