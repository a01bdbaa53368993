package org.collegium.identity;

import java.util.UUID;

/** One organisation a profile may name: its id, name and ISO country code (null if international). */
public record OrganisationChoice(UUID id, String name, String country) {
}
