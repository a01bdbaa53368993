package org.collegium.identity;

import java.util.UUID;

/**
 * An organisation a person may say they work for, as offered on the profile page.
 */
public record OrganisationChoice(UUID id, String name, String country) {
}
