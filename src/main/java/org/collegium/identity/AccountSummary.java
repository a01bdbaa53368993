package org.collegium.identity;

/**
 * An account as other modules see it.
 */
public record AccountSummary(AccountId id, String email, String displayName, boolean confirmed) {
}
