package org.collegium.identity;

/**
 * An account as platform administrators see it in the account list.
 */
public record AdministeredAccount(AccountSummary account, boolean platformAdministrator) {
}
