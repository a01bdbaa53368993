package org.collegium.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link sent by mail. Only the hash of the secret is kept; a link works once, and only until it expires.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { CONFIRMATION, PASSWORD_RESET }

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(AccountId account, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = account.value();
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    LinkStatus statusAt(Instant now) {
        if (usedAt != null) {
            return LinkStatus.USED;
        }
        return now.isBefore(expiresAt) ? LinkStatus.VALID : LinkStatus.EXPIRED;
    }

    /** Spends the link; refuses one that is used or expired. */
    void use(Instant now) {
        LinkStatus status = statusAt(now);
        if (status != LinkStatus.VALID) {
            throw new IllegalStateException("Link " + id + " cannot be used: " + status);
        }
        usedAt = now;
    }

    /** Kills a link that is no longer wanted (another one was used). */
    void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    AccountId account() {
        return new AccountId(accountId);
    }

    Purpose purpose() {
        return purpose;
    }
}
