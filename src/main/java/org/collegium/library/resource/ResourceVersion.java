package org.collegium.library.resource;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A numbered publication of a resource: the description and texts in every language as they were published, kept
 * unchanged so that a citation of the version always reads the same.
 */
@Entity
@Table(name = "library_resource_version")
class ResourceVersion {

    @Id
    private UUID id;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private UUID resource;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private UUID publishedBy;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected ResourceVersion() {
    }

    ResourceVersion(UUID resource, int number, Instant publishedAt, UUID publishedBy, String snapshot) {
        this.id = UUID.randomUUID();
        this.resource = resource;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.snapshot = snapshot;
    }

    int number() {
        return number;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String snapshot() {
        return snapshot;
    }

    VersionSummary summary() {
        return new VersionSummary(number, publishedAt);
    }
}
