package org.collegium.network;

/**
 * What an organisation is in the network.
 */
public enum OrganisationKind {
    LOCAL_GOVERNMENT,
    REGIONAL_GOVERNMENT,
    LOCAL_GOVERNMENT_ASSOCIATION,
    NETWORK,
    ACADEMY_OR_TRAINING_INSTITUTE,
    UNIVERSITY,
    DEVELOPMENT_PARTNER,
    SECRETARIAT
}
