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
 * One role held by one account in one scope (an academy's or an organisation's id; {@link Roles#PLATFORM} for the platform).
 */
@Entity
@Table(name = "role_grant")
class RoleGrant {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "scope_id", nullable = false)
    private UUID scopeId;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleGrant() {
    }

    RoleGrant(AccountId account, Role role, UUID scopeId, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = account.value();
        this.role = role;
        this.scopeId = scopeId;
        this.grantedAt = now;
    }

    AccountId account() {
        return new AccountId(accountId);
    }

    Role role() {
        return role;
    }

    UUID scopeId() {
        return scopeId;
    }
}
