package org.collegium.network;

/**
 * Where an agreement stands.
 */
public enum PartnershipStatus {
    DRAFT,
    SIGNED,
    IN_FORCE,
    EXPIRED,
    TERMINATED
}
