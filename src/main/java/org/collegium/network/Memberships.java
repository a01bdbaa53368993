package org.collegium.network;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Adds and ends memberships, refusing self-membership, duplicates and circles.
 */
@Component
class Memberships {

    private final OrganisationMembershipRepository memberships;

    Memberships(OrganisationMembershipRepository memberships) {
        this.memberships = memberships;
    }

    void add(UUID member, UUID parent, LocalDate since) {
        if (member.equals(parent)) {
            throw new DirectoryRefusal("network.membership.self", "An organisation cannot be a member of itself");
        }
        if (memberships.existsByMemberIdAndParentId(member, parent)) {
            throw new DirectoryRefusal("network.membership.duplicate", "This organisation is already a member");
        }
        if (MembershipRules.wouldCycle(member, parent, level -> new HashSet<>(memberships.findParentIdsOf(level)))) {
            throw new DirectoryRefusal("network.membership.cycle",
                    "The parent is already, directly or through others, a member of this organisation");
        }
        memberships.save(new OrganisationMembership(member, parent, since));
    }

    boolean remove(UUID member, UUID parent) {
        return memberships.deleteByMemberIdAndParentId(member, parent) > 0;
    }
}
