package org.collegium.exchange.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestDraft;
import org.collegium.network.OrganisationId;

/** The expertise requests of the demo: the four domains of the 2017 pilot, and two for the call open today. */
final class ExchangeDemoRequests {

    private static final LocalDate MARCH_2017 = LocalDate.of(2017, 3, 1);
    private static final LocalDate APRIL_2017 = LocalDate.of(2017, 4, 30);

    private ExchangeDemoRequests() {
    }

    static ExpertiseRequestDraft foodSecurity(OrganisationId ulga) {
        return new ExpertiseRequestDraft(ulga, "Food security: district food reserves and support to smallholders",
                "food-security", "After good harvests prices collapse, and in the lean season households go hungry. "
                        + "District production departments have no plan for food reserves and little contact with "
                        + "farmers' groups.", List.of("Kyotera District Local Government", "Rakai District Local Government"),
                Set.of("food-security-officer", "agricultural-officer"), "Plans the district's food security, runs "
                        + "agricultural extension and works with farmers' cooperatives.", 2, Set.of("en"),
                Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.STUDY_VISIT), MARCH_2017, APRIL_2017);
    }

    static ExpertiseRequestDraft urbanMarkets(OrganisationId uaau) {
        return new ExpertiseRequestDraft(uaau, "Food security in towns: municipal markets and urban farming",
                "food-security", "Municipal markets are overcrowded and unhygienic; towns want to support urban farming "
                        + "without losing control of land use.", List.of("Masaka Municipal Council", "Mbarara Municipal Council"),
                Set.of("food-security-officer", "economic-development-officer"), "Manages municipal markets and local "
                        + "food supply.", 1, Set.of("en"), Set.of(ExchangeMethod.EXPERT_MISSION), MARCH_2017, APRIL_2017);
    }

    static ExpertiseRequestDraft humanResources(OrganisationId nlc) {
        return new ExpertiseRequestDraft(nlc, "Human resources management in communes and districts",
                "human-resources-management", "Since decentralisation, sub-national administrations recruit their own "
                        + "staff but have no job descriptions, no performance appraisal and no training plans.",
                List.of("Phnom Penh Capital Administration", "Kandal Province"),
                Set.of("head-of-human-resources", "training-officer"), "Leads human resources in a local administration: "
                        + "recruitment, appraisal and training.", 2, Set.of("en"),
                Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.WORK_PLACEMENT), MARCH_2017, APRIL_2017);
    }

    static ExpertiseRequestDraft ecotourism(OrganisationId fcm) {
        return new ExpertiseRequestDraft(fcm, "Ecoturismo comunitario en municipios de posconflicto", "ecotourism",
                "Municipalities emerging from conflict want tourism that benefits local communities and protects "
                        + "páramos and forests, but have no experience in managing visitors or protected areas.",
                List.of("Municipio de La Macarena", "Municipio de San Vicente del Caguán"),
                Set.of("tourism-officer", "protected-area-manager"), "Plans tourism with communities and manages "
                        + "natural areas open to visitors.", 2, Set.of("es", "en"),
                Set.of(ExchangeMethod.WORK_PLACEMENT, ExchangeMethod.EXPERT_MISSION), MARCH_2017, APRIL_2017);
    }

    static ExpertiseRequestDraft sanitation(OrganisationId nalag) {
        return new ExpertiseRequestDraft(nalag, "Environmental health and sanitation in metropolitan assemblies",
                "environmental-health", "Solid waste and faecal sludge are poorly managed; environmental health officers "
                        + "lack the methods to inspect and enforce by-laws.",
                List.of("Accra Metropolitan Assembly", "Tema Metropolitan Assembly", "Ashaiman Municipal Assembly"),
                Set.of("environmental-health-officer", "sanitation-engineer"), "Inspects premises, enforces sanitation "
                        + "by-laws and plans waste and sludge services.", 3, Set.of("en"),
                Set.of(ExchangeMethod.EXPERT_ROUND_TABLE, ExchangeMethod.STUDY_VISIT), MARCH_2017, APRIL_2017);
    }

    static ExpertiseRequestDraft climate(OrganisationId fcm, LocalDate today) {
        return new ExpertiseRequestDraft(fcm, "Adaptación al cambio climático en municipios andinos", "climate-adaptation",
                "Landslides and droughts hit small Andean municipalities more often; they need to bring climate risk "
                        + "into land-use plans.", List.of("Municipio de Guasca", "Municipio de La Calera"),
                Set.of("climate-officer", "urban-planner", "disaster-risk-officer"), "Plans land use and climate "
                        + "adaptation in a municipality.", 2, Set.of("es"),
                Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.EXPERT_ROUND_TABLE), today.plusMonths(2),
                today.plusMonths(5));
    }

    static ExpertiseRequestDraft waste(OrganisationId nalag, LocalDate today) {
        return new ExpertiseRequestDraft(nalag, "Separate collection and recycling of municipal waste", "waste-management",
                "Assemblies want to start separate collection in markets and schools, with the informal collectors.",
                List.of("Kumasi Metropolitan Assembly"), Set.of("waste-management-officer"),
                "Runs municipal waste collection and its contracts.", 1, Set.of("en"),
                Set.of(ExchangeMethod.WORK_PLACEMENT, ExchangeMethod.STUDY_VISIT), today.plusMonths(2), today.plusMonths(6));
    }
}
