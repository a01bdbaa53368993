package org.collegium.identity;

/**
 * What a person does in local government; peers with the same function learn most from each other.
 * Labels come from the bundles: {@code identity.job-function.<NAME>}.
 */
public enum JobFunction {
    MAYOR_OR_ELECTED_OFFICIAL, CITY_MANAGER, FINANCE_AND_BUDGET, HUMAN_RESOURCES, URBAN_PLANNING,
    ENVIRONMENT_AND_SANITATION, WATER_AND_UTILITIES, ENERGY, LOCAL_ECONOMIC_DEVELOPMENT, SOCIAL_SERVICES,
    INTERNATIONAL_RELATIONS, COMMUNICATION, IT_AND_DIGITAL, TRAINING_AND_CAPACITY_BUILDING, OTHER
}
