package org.collegium.network;

import static org.collegium.network.OrganisationKind.ACADEMY_OR_TRAINING_INSTITUTE;
import static org.collegium.network.OrganisationKind.DEVELOPMENT_PARTNER;
import static org.collegium.network.OrganisationKind.LOCAL_GOVERNMENT;
import static org.collegium.network.OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION;
import static org.collegium.network.OrganisationKind.NETWORK;
import static org.collegium.network.OrganisationKind.REGIONAL_GOVERNMENT;
import static org.collegium.network.OrganisationKind.SECRETARIAT;
import static org.collegium.network.OrganisationKind.UNIVERSITY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo directory, from the source documents: NALAS and its members, Darkhan-Uul, UCLG and its sections, the
 * learning-agenda partners, CONNECT's partner-country associations, and a few municipalities per country.
 */
final class NetworkDemoOrganisations {

    record Seed(String name, String acronym, OrganisationKind kind, String country, String region, String website,
            String language, Map<String, String> descriptions) {
    }

    private static final String EXAMPLE_EN = "Shown as an example of a CONNECT partner-country association: the call "
            + "names the countries and topics, not the associations taking part.";
    private static final String EXAMPLE_FR = "Présentée à titre d’exemple d’association d’un pays partenaire de CONNECT : "
            + "l’appel nomme les pays et les thèmes, pas les associations participantes.";

    static final List<Seed> ALL = List.of(
            seed("NALAS", "NALAS", NETWORK, null, "South-East Europe", "https://www.nalas.eu",
                    "The Network of Associations of Local Authorities of South-East Europe: since 2004 the leading knowledge "
                            + "platform on local-government affairs in the region, with an e-Academy on investment planning, "
                            + "local services, energy efficiency, municipal finance, water management and gender equality.",
                    "Le Réseau des associations de pouvoirs locaux d’Europe du Sud-Est : depuis 2004, la principale plateforme "
                            + "de connaissances sur les affaires des gouvernements locaux de la région, avec une e-Académie."),
            seed("Association of the Units of Local Self-Government of the Republic of North Macedonia", "ZELS",
                    LOCAL_GOVERNMENT_ASSOCIATION, "MK", null, "https://www.zels.org.mk",
                    "The national association of municipalities of North Macedonia.",
                    "L’association nationale des municipalités de Macédoine du Nord."),
            seed("Standing Conference of Towns and Municipalities", "SKGO", LOCAL_GOVERNMENT_ASSOCIATION, "RS", null,
                    "https://www.skgo.org", "The national association of towns and municipalities of Serbia.",
                    "L’association nationale des villes et municipalités de Serbie."),
            seed("Association for Local Autonomy", "AAM", LOCAL_GOVERNMENT_ASSOCIATION, "AL", null, null, null, null),
            seed("Association of Kosovo Municipalities", "AKM", LOCAL_GOVERNMENT_ASSOCIATION, null, "Kosovo", null, null, null),
            seed("Union of Municipalities of Montenegro", "UMMNE", LOCAL_GOVERNMENT_ASSOCIATION, "ME", null, null, null, null),
            seed("National Association of Municipalities in the Republic of Bulgaria", "NAMRB", LOCAL_GOVERNMENT_ASSOCIATION,
                    "BG", null, null, null, null),
            seed("Congress of Local Authorities from Moldova", "CALM", LOCAL_GOVERNMENT_ASSOCIATION, "MD", null, null, null, null),
            seed("Association of Municipalities and Towns of Slovenia", "SOS", LOCAL_GOVERNMENT_ASSOCIATION, "SI", null, null,
                    null, null),
            seed("Association of Cities and Municipalities of the Republic of Croatia", null, LOCAL_GOVERNMENT_ASSOCIATION,
                    "HR", null, null, null, null),
            seed("Association of Municipalities and Cities of the Federation of Bosnia and Herzegovina", null,
                    LOCAL_GOVERNMENT_ASSOCIATION, "BA", "Federation of Bosnia and Herzegovina", null, null, null),
            seed("Association of Towns and Municipalities of Republika Srpska", null, LOCAL_GOVERNMENT_ASSOCIATION, "BA",
                    "Republika Srpska", null, null, null),
            seed("Marmara Municipalities Union", "MMU", LOCAL_GOVERNMENT_ASSOCIATION, "TR", "Marmara", null, null, null),
            seed("Darkhan-Uul Province", null, REGIONAL_GOVERNMENT, "MN", "Darkhan-Uul", null,
                    "A Mongolian province whose capital, Darkhan, aims to become a smart and green city by 2032. With NALAS "
                            + "it is setting up its own e-Academy for provincial and local civil servants.",
                    "Province mongole dont la capitale, Darkhan, veut devenir une « ville intelligente et verte » d’ici 2032. "
                            + "Avec NALAS, elle met en place sa propre e-Académie pour ses fonctionnaires."),
            seed("School of Agroecology and Business, Mongolian University of Life Sciences", null, UNIVERSITY, "MN",
                    "Darkhan-Uul", null,
                    "Party to the memorandum with NALAS and Darkhan-Uul province; its staff join the NALAS online courses.",
                    "Partie au protocole d’accord avec NALAS et la province de Darkhan-Uul ; son personnel suit les cours en ligne de NALAS."),
            seed("United Cities and Local Governments", "UCLG", NETWORK, null, null, "https://www.uclg.org",
                    "The world organisation of cities, local and regional governments and their associations. It co-creates "
                            + "a learning agenda with its members and partners (#LearningWithUCLG).",
                    "L’organisation mondiale des villes, gouvernements locaux et régionaux et de leurs associations (CGLU). "
                            + "Elle co-construit un agenda d’apprentissage avec ses membres et partenaires."),
            seed("United Cities and Local Governments of Africa", "UCLG Africa", NETWORK, null, "Africa", null, null, null),
            seed("UCLG Asia-Pacific", "UCLG ASPAC", NETWORK, null, "Asia-Pacific", null, null, null),
            seed("Metropolis", null, NETWORK, null, null, null, null, null),
            seed("African Local Governments Academy", "ALGA", ACADEMY_OR_TRAINING_INSTITUTE, "MA", null, null,
                    "The academy of UCLG Africa. It runs hybrid training cycles on decentralised cooperation and the "
                            + "international action of local governments.",
                    "L’académie de CGLU Afrique. Elle organise des cycles de formation hybrides sur la coopération "
                            + "décentralisée et l’action internationale des collectivités territoriales."),
            seed("PLATFORMA", "PLATFORMA", SECRETARIAT, "BE", null, null,
                    "The European coalition of local and regional governments active in development cooperation; with VNG "
                            + "International it runs the CONNECT exchange programme.",
                    "La coalition européenne des collectivités engagées dans la coopération au développement ; avec VNG "
                            + "International, elle anime le mécanisme d’échange CONNECT."),
            seed("VNG International", "VNG", DEVELOPMENT_PARTNER, "NL", null, null,
                    "The international cooperation agency of the Association of Netherlands Municipalities, with decades of "
                            + "North-South learning experience.",
                    "L’agence de coopération internationale de l’Association des communes néerlandaises."),
            seed("Council of European Municipalities and Regions", "CEMR", NETWORK, "BE", "Europe", null, null, null),
            seed("Federation of Municipalities of Catalonia", "FMC", LOCAL_GOVERNMENT_ASSOCIATION, "ES", "Catalonia", null,
                    null, null),
            seed("South African Local Government Association", "SALGA", LOCAL_GOVERNMENT_ASSOCIATION, "ZA", null, null, null, null),
            seed("National Confederation of Municipalities", "CNM", LOCAL_GOVERNMENT_ASSOCIATION, "BR", null, null, null, null),
            seed("National Front of Mayors", "FNP", LOCAL_GOVERNMENT_ASSOCIATION, "BR", null, null, null, null),
            seed("Municipal Institute of Learning", "MILE", ACADEMY_OR_TRAINING_INSTITUTE, "ZA", "eThekwini (Durban)", null,
                    null, null),
            seed("Province of Barcelona", null, REGIONAL_GOVERNMENT, "ES", "Catalonia", null, null, null),
            seed("AL-LAs project", "AL-LAs", NETWORK, "MX", null, null, null, null),
            seed("Uganda Local Governments Association", "ULGA", LOCAL_GOVERNMENT_ASSOCIATION, "UG", null, null,
                    EXAMPLE_EN, EXAMPLE_FR),
            seed("Urban Authorities Association of Uganda", "UAAU", LOCAL_GOVERNMENT_ASSOCIATION, "UG", null, null,
                    EXAMPLE_EN, EXAMPLE_FR),
            seed("National League of Local Councils", "NLC", LOCAL_GOVERNMENT_ASSOCIATION, "KH", null, null,
                    EXAMPLE_EN, EXAMPLE_FR),
            new Seed("Federación Colombiana de Municipios", "FCM", LOCAL_GOVERNMENT_ASSOCIATION, "CO", null, null, "es",
                    ordered("es", "Presentada como ejemplo de asociación de un país socio de CONNECT: la convocatoria "
                            + "nombra los países y los temas, no las asociaciones participantes.", "en", EXAMPLE_EN,
                            "fr", EXAMPLE_FR)),
            seed("National Association of Local Authorities of Ghana", "NALAG", LOCAL_GOVERNMENT_ASSOCIATION, "GH", null, null,
                    EXAMPLE_EN, EXAMPLE_FR),
            seed("City of Skopje", null, LOCAL_GOVERNMENT, "MK", null, null, null, null),
            seed("Municipality of Tirana", null, LOCAL_GOVERNMENT, "AL", null, null, null, null),
            seed("City of Belgrade", null, LOCAL_GOVERNMENT, "RS", null, null, null, null),
            seed("Darkhan", null, LOCAL_GOVERNMENT, "MN", "Darkhan-Uul", null, null, null),
            seed("Cotonou", null, LOCAL_GOVERNMENT, "BJ", null, null, null, null),
            seed("Bogotá", null, LOCAL_GOVERNMENT, "CO", null, null, null, null),
            seed("Kampala Capital City Authority", "KCCA", LOCAL_GOVERNMENT, "UG", null, null, null, null),
            seed("Accra Metropolitan Assembly", null, LOCAL_GOVERNMENT, "GH", null, null, null, null),
            seed("Phnom Penh", null, LOCAL_GOVERNMENT, "KH", null, null, null, null),
            seed("Utrecht", null, LOCAL_GOVERNMENT, "NL", null, null, null, null),
            seed("Ghent", null, LOCAL_GOVERNMENT, "BE", "Flanders", null, null, null),
            seed("Barcelona", null, LOCAL_GOVERNMENT, "ES", "Catalonia", null, null, null),
            seed("eThekwini Municipality", null, LOCAL_GOVERNMENT, "ZA", "KwaZulu-Natal", null, null, null));

    static final Map<String, List<String>> MEMBERSHIPS = ordered(
            "NALAS", List.of("United Cities and Local Governments"),
            "Association of the Units of Local Self-Government of the Republic of North Macedonia", List.of("NALAS"),
            "Standing Conference of Towns and Municipalities", List.of("NALAS"),
            "Association for Local Autonomy", List.of("NALAS"),
            "Association of Kosovo Municipalities", List.of("NALAS"),
            "Union of Municipalities of Montenegro", List.of("NALAS"),
            "National Association of Municipalities in the Republic of Bulgaria", List.of("NALAS"),
            "Congress of Local Authorities from Moldova", List.of("NALAS"),
            "Association of Municipalities and Towns of Slovenia", List.of("NALAS"),
            "Association of Cities and Municipalities of the Republic of Croatia", List.of("NALAS"),
            "Association of Municipalities and Cities of the Federation of Bosnia and Herzegovina", List.of("NALAS"),
            "Association of Towns and Municipalities of Republika Srpska", List.of("NALAS"),
            "Marmara Municipalities Union", List.of("NALAS"),
            "United Cities and Local Governments of Africa", List.of("United Cities and Local Governments"),
            "UCLG Asia-Pacific", List.of("United Cities and Local Governments"),
            "Metropolis", List.of("United Cities and Local Governments"),
            "African Local Governments Academy", List.of("United Cities and Local Governments of Africa"),
            "City of Skopje", List.of("Association of the Units of Local Self-Government of the Republic of North Macedonia"),
            "City of Belgrade", List.of("Standing Conference of Towns and Municipalities"),
            "Darkhan", List.of("Darkhan-Uul Province"),
            "Kampala Capital City Authority", List.of("Urban Authorities Association of Uganda"),
            "South African Local Government Association", List.of("United Cities and Local Governments"),
            "eThekwini Municipality", List.of("South African Local Government Association"));

    private NetworkDemoOrganisations() {
    }

    private static Seed seed(String name, String acronym, OrganisationKind kind, String country, String region,
            String website, String english, String french) {
        Map<String, String> descriptions = english == null ? Map.of() : ordered("en", english, "fr", french);
        return new Seed(name, acronym, kind, country, region, website, "en", descriptions);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
