package org.collegium.library.review;

import java.time.Instant;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A peer analysis or a comment on a published resource. Its author edits it; the resource's editors hide it. */
@Entity
@Table(name = "library_contribution")
class Contribution {

    @Id
    private UUID id;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private UUID resource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContributionKind kind;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID author;

    private String strengths;

    private String weaknesses;

    private String recommendations;

    private String body;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contribution() {
    }

    private Contribution(ResourceId resource, ContributionKind kind, AccountId author, Instant now) {
        this.id = UUID.randomUUID();
        this.resource = resource.value();
        this.kind = kind;
        this.author = author.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Contribution analysis(ResourceId resource, AccountId author, PeerAnalysis analysis, Instant now) {
        Contribution contribution = new Contribution(resource, ContributionKind.ANALYSIS, author, now);
        contribution.analyse(analysis, now);
        return contribution;
    }

    static Contribution comment(ResourceId resource, AccountId author, String text, Instant now) {
        Contribution contribution = new Contribution(resource, ContributionKind.COMMENT, author, now);
        contribution.body = text;
        return contribution;
    }

    void analyse(PeerAnalysis analysis, Instant now) {
        strengths = analysis.strengths();
        weaknesses = analysis.weaknesses();
        recommendations = analysis.recommendations();
        updatedAt = now;
    }

    void rewrite(String text, Instant now) {
        body = text;
        updatedAt = now;
    }

    void moderate(boolean hide) {
        hidden = hide;
    }

    UUID id() {
        return id;
    }

    ResourceId resource() {
        return new ResourceId(resource);
    }

    ContributionKind kind() {
        return kind;
    }

    AccountId author() {
        return new AccountId(author);
    }

    boolean hidden() {
        return hidden;
    }

    PeerAnalysis analysis() {
        return new PeerAnalysis(strengths, weaknesses, recommendations);
    }

    String body() {
        return body;
    }

    ContributionView view(String authorName, boolean mine, boolean mayModerate) {
        return new ContributionView(id, new ResourceId(resource), kind, authorName, strengths, weaknesses,
                recommendations, body, hidden, createdAt, updatedAt, mine, mayModerate);
    }
}
