package org.collegium.network;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One organisation being a member of another: an association in NALAS, NALAS in UCLG, a municipality in its
 * national association.
 */
@Entity
@Table(name = "organisation_membership")
class OrganisationMembership {

    @Id
    private UUID id;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "parent_id", nullable = false)
    private UUID parentId;

    private LocalDate since;

    protected OrganisationMembership() {
    }

    OrganisationMembership(UUID memberId, UUID parentId, LocalDate since) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.parentId = parentId;
        this.since = since;
    }

    UUID memberId() {
        return memberId;
    }

    UUID parentId() {
        return parentId;
    }

    LocalDate since() {
        return since;
    }
}
