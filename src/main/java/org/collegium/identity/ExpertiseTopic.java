package org.collegium.identity;

/**
 * The themes a person can share experience on. Labels come from the bundles: {@code identity.expertise.<NAME>}.
 */
public enum ExpertiseTopic {
    INVESTMENT_PLANNING, LOCAL_SERVICES, ENERGY_EFFICIENCY, MUNICIPAL_FINANCE, WATER_MANAGEMENT, GENDER_EQUALITY,
    DECENTRALISED_COOPERATION, FOOD_SECURITY, HUMAN_RESOURCES, ECOTOURISM, ENVIRONMENTAL_HEALTH,
    DISASTER_RISK_REDUCTION, SDG_LOCALISATION
}
