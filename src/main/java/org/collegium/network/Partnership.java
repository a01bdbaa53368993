package org.collegium.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partnership or memorandum of understanding between two or more organisations.
 */
@Entity
@Table(name = "partnership")
class Partnership {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnershipKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnershipStatus status;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_at")
    private String signedAt;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @ElementCollection
    @CollectionTable(name = "partnership_party", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "organisation_id")
    private Set<UUID> parties = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_objective", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> objectives = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Partnership() {
    }

    Partnership(PartnershipTerms terms, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        amend(terms);
    }

    void amend(PartnershipTerms terms) {
        terms.check();
        this.title = terms.title().strip();
        this.kind = terms.kind();
        this.status = terms.status();
        this.signedOn = terms.signedOn();
        this.signedAt = terms.signedAt() == null || terms.signedAt().isBlank() ? null : terms.signedAt().strip();
        this.originalLanguage = terms.language();
        this.parties.clear();
        terms.parties().forEach(party -> parties.add(party.value()));
        this.objectives.clear();
        this.objectives.addAll(terms.objectives());
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    PartnershipKind kind() {
        return kind;
    }

    PartnershipStatus status() {
        return status;
    }

    LocalDate signedOn() {
        return signedOn;
    }

    String signedAt() {
        return signedAt;
    }

    String originalLanguage() {
        return originalLanguage;
    }

    Set<UUID> parties() {
        return Set.copyOf(parties);
    }

    List<String> objectives() {
        return List.copyOf(objectives);
    }
}
