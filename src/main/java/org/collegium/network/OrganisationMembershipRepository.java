package org.collegium.network;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationMembershipRepository extends JpaRepository<OrganisationMembership, UUID> {

    List<OrganisationMembership> findByParentId(UUID parentId);

    List<OrganisationMembership> findByMemberId(UUID memberId);

    boolean existsByMemberIdAndParentId(UUID memberId, UUID parentId);

    long deleteByMemberIdAndParentId(UUID memberId, UUID parentId);

    @Query("select m.parentId from OrganisationMembership m where m.memberId in :members")
    List<UUID> findParentIdsOf(Collection<UUID> members);
}
