package org.collegium.identity;

import java.util.UUID;

/**
 * Where an account's profile says the person works.
 *
 * @param organisation the organisation of the directory, or null
 * @param country ISO 3166-1 alpha-2 code, or null
 */
public record Affiliation(AccountId account, UUID organisation, String country) {
}
