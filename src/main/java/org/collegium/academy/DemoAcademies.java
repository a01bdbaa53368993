package org.collegium.academy;

import java.util.List;
import java.util.Map;

/**
 * The academies of the demo: who owns them (candidate slugs of the organisation, the short one first),
 * their languages and descriptions.
 */
final class DemoAcademies {

    record Demo(String slug, String name, List<String> organisationSlugs, List<String> languages, String accentColour,
            String english, Map<String, String> translations) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("nalas", "NALAS e-Academy",
                    List.of("nalas", "network-of-associations-of-local-authorities-of-south-east-europe",
                            "network-of-associations-of-local-authorities-of-south-east-europe-nalas"),
                    List.of("en", "mk", "sq", "sr", "bg", "bs", "hr", "sl", "ro", "el", "tr"), "#1f5f8b",
                    "The e-Academy of NALAS, the network of local-government associations of South-East Europe. "
                            + "Online courses for municipal staff and elected officials on investment planning, local "
                            + "services, energy efficiency, municipal finance, water management and gender equality.",
                    Map.of("fr", "L’e-Académie de NALAS, le réseau des associations de pouvoirs locaux de l’Europe du "
                            + "Sud-Est. Des cours en ligne pour le personnel municipal et les élus : planification des "
                            + "investissements, services locaux, efficacité énergétique, finances municipales, gestion "
                            + "de l’eau et égalité des genres.")),
            new Demo("darkhan-uul", "Darkhan-Uul e-Academy",
                    List.of("darkhan-uul", "darkhan-uul-province", "darkhan-uul-aimag", "province-of-darkhan-uul"),
                    List.of("mn", "en"), "#9c2f1c",
                    "The new e-Academy of Darkhan-Uul province trains provincial and local civil servants. Under the "
                            + "memorandum of understanding with NALAS and the Mongolian University of Life Sciences, "
                            + "it adopts NALAS e-Academy courses and localises them in Mongolian.",
                    Map.of("mn", "Дархан-Уул аймгийн шинэ цахим академи нь аймаг, сумын төрийн албан хаагчдыг "
                            + "сургадаг. NALAS болон Монгол Улсын Хөдөө Аж Ахуйн Их Сургуультай байгуулсан харилцан "
                            + "ойлголцлын санамж бичгийн хүрээнд NALAS-ын цахим академийн сургалтуудыг авч, монгол "
                            + "хэлэнд нутагшуулна.")),
            new Demo("uclg", "#LearningWithUCLG",
                    List.of("uclg", "united-cities-and-local-governments", "united-cities-and-local-governments-uclg"),
                    List.of("en", "fr", "es"), "#00607a",
                    "The learning platform of United Cities and Local Governments: MOOCs and self-learning on "
                            + "localising the global agendas, peer learning and the Learning Forum.",
                    Map.of("fr", "La plateforme d’apprentissage de Cités et Gouvernements Locaux Unis : MOOC et "
                                    + "auto-formation pour localiser les agendas mondiaux, apprentissage entre pairs et "
                                    + "Forum d’apprentissage.",
                            "es", "La plataforma de aprendizaje de Ciudades y Gobiernos Locales Unidos: MOOC y "
                                    + "autoaprendizaje para localizar las agendas globales, aprendizaje entre pares y "
                                    + "Foro de Aprendizaje.")),
            new Demo("alga", "ALGA — African Local Governments Academy of UCLG Africa",
                    List.of("alga", "african-local-governments-academy", "african-local-governments-academy-alga",
                            "alga-african-local-governments-academy"),
                    List.of("fr", "en", "ar", "pt"), "#7a4a00",
                    "The academy of UCLG Africa trains territorial managers and elected officials, for instance in "
                            + "a hybrid cycle on decentralised cooperation and the international action of local "
                            + "governments, with peer learning through practical cases.",
                    Map.of("fr", "L’académie de CGLU Afrique forme les managers territoriaux et les élus, par exemple "
                            + "dans un cycle hybride sur la coopération décentralisée et l’action internationale des "
                            + "collectivités territoriales, avec un apprentissage entre pairs par des cas pratiques.")));

    private DemoAcademies() {
    }
}
