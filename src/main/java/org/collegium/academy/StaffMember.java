package org.collegium.academy;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;

/**
 * Someone who runs an academy: an administrator or a facilitator. Their address is private to the academy's
 * administrators.
 */
public record StaffMember(AccountId account, String email, String displayName, Role role) {
}
