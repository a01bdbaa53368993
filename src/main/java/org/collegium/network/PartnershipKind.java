package org.collegium.network;

/**
 * What binds the parties.
 */
public enum PartnershipKind {
    PARTNERSHIP,
    MEMORANDUM_OF_UNDERSTANDING
}
