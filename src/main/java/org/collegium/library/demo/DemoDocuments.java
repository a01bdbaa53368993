package org.collegium.library.demo;

import static org.collegium.identity.ExpertiseTopic.DECENTRALISED_COOPERATION;
import static org.collegium.identity.ExpertiseTopic.DISASTER_RISK_REDUCTION;
import static org.collegium.identity.ExpertiseTopic.SDG_LOCALISATION;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.library.LanguageVersion;
import org.collegium.library.Region;
import org.collegium.library.ResourceKind;

/**
 * The guides and notes of the demo library: the planning guide for decentralised cooperation that ALGA's module
 * recommended, the peer-learning note of the Marrakech session (seed 002), SDG and Sendai localisation material
 * (seed 004) and a cooperation agreement template. The note reports the session as seed 002 tells it; the others are
 * illustrative samples.
 */
final class DemoDocuments {

    static final String PLANNING_GUIDE = "planning-guide";
    static final String MARRAKECH_NOTE = "marrakech-note";
    static final String SDG_LOCALISATION_GUIDE = "sdg-localisation";
    static final String SENDAI_MODULE = "sendai-localisation";
    static final String AGREEMENT_TEMPLATE = "agreement-template";

    private DemoDocuments() {
    }

    static final List<DemoDocument> ALL = List.of(planningGuide(), marrakechNote(), sdgLocalisation(),
            sendaiLocalisation(), agreementTemplate());

    private static DemoDocument planningGuide() {
        return new DemoDocument(PLANNING_GUIDE, ResourceKind.GUIDE, "fr", Map.of(
                "fr", LanguageVersion.of(
                        "Guide de planification de la coopération décentralisée et de l’action internationale des "
                                + "collectivités territoriales",
                        "Un guide pas à pas pour les collectivités territoriales et leurs associations nationales : "
                                + "définir une stratégie internationale, choisir ses partenaires, monter le projet, "
                                + "rédiger la convention, suivre, évaluer et capitaliser."),
                "en", LanguageVersion.of(
                        "Planning guide for decentralised cooperation and the international action of local "
                                + "governments",
                        "A step-by-step guide for local governments and their national associations: set an "
                                + "international strategy, choose partners, build the project, draft the agreement, "
                                + "monitor, evaluate and capitalise."),
                "es", LanguageVersion.of(
                        "Guía de planificación de la cooperación descentralizada y la acción internacional de los "
                                + "gobiernos locales",
                        "Una guía paso a paso para los gobiernos locales y sus asociaciones nacionales: definir una "
                                + "estrategia internacional, elegir socios, preparar el proyecto, redactar el "
                                + "convenio, hacer el seguimiento, evaluar y capitalizar.")),
                Set.of(Region.AFRICA), Set.of(DECENTRALISED_COOPERATION), Set.of("17.17"), Set.of(17), Set.of(),
                Set.of(), true,
                new DemoDocument.Pdf("guide-planification-cooperation-decentralisee.pdf",
                        "Guide de planification de la coopération décentralisée", List.of(
                        "1. Définir une stratégie internationale. Le conseil adopte une délibération-cadre qui dit "
                                + "pourquoi la collectivité coopère, avec qui et sur quels thèmes.",
                        "2. Identifier les partenaires. Le jumelage n’est qu’une voie parmi d’autres : réseaux "
                                + "thématiques, associations nationales et appels à projets ouvrent d’autres portes.",
                        "3. Monter le projet. Un diagnostic partagé précède toujours le choix des activités ; le "
                                + "budget distingue les apports financiers et la valorisation de l’expertise des "
                                + "agents.",
                        "4. Rédiger la convention-cadre. Elle fixe la gouvernance (un comité de pilotage conjoint), "
                                + "les engagements de chaque partie, la durée et les règles de sortie.",
                        "5. Suivre, évaluer, capitaliser. Un tableau de suivi commun, une évaluation à mi-parcours "
                                + "et une fiche de capitalisation versée à la bibliothèque municipale en ligne.")));
    }

    private static DemoDocument marrakechNote() {
        return new DemoDocument(MARRAKECH_NOTE, ResourceKind.PEER_LEARNING_NOTE, "fr", Map.of(
                "fr", LanguageVersion.of(
                        "Apprentissage par les pairs à travers des cas pratiques : note de la session de Marrakech "
                                + "(16 mai 2023)",
                        "L’Académie africaine des collectivités territoriales (ALGA) a réuni à Marrakech des "
                                + "managers territoriaux chargés de la coopération décentralisée. Six cas (Bénin, "
                                + "Cameroun, Mali, Maroc, Mozambique, Tunisie) ont été présentés de la conception à "
                                + "l’évaluation, puis analysés pour leurs points forts et leurs faiblesses. La session "
                                + "recommande un guide de planification, une plateforme numérique mondiale "
                                + "d’information et d’échange et davantage de formation en ligne."),
                "en", LanguageVersion.of(
                        "Peer learning through practical cases: note of the Marrakech session (16 May 2023)",
                        "The African Local Government Academy (ALGA) brought together in Marrakech local government "
                                + "managers in charge of decentralised cooperation. Six cases (Benin, Cameroon, "
                                + "Mali, Morocco, Mozambique, Tunisia) were presented from design to evaluation, "
                                + "then analysed for their strengths and weaknesses. The session recommends a "
                                + "planning guide, a global digital platform for information and exchange, and more "
                                + "online training.")),
                Set.of(Region.AFRICA), Set.of(DECENTRALISED_COOPERATION), Set.of("17.9", "17.17"), Set.of(17),
                Set.of(), Set.of(), false, null);
    }

    private static DemoDocument sdgLocalisation() {
        return new DemoDocument(SDG_LOCALISATION_GUIDE, ResourceKind.GUIDE, "en", Map.of(
                "en", LanguageVersion.of("Localising the SDGs: an introduction for local and regional governments",
                        "Why the 2030 Agenda is won or lost in cities and territories, how to align a local plan "
                                + "with the Sustainable Development Goals, and how to report progress in a "
                                + "voluntary local review."),
                "fr", LanguageVersion.of("Localiser les ODD : introduction pour les collectivités territoriales",
                        "Pourquoi l’Agenda 2030 se gagne ou se perd dans les villes et les territoires, comment "
                                + "aligner un plan local sur les objectifs de développement durable et comment rendre "
                                + "compte des progrès dans une revue locale volontaire."),
                "es", LanguageVersion.of("Localizar los ODS: introducción para los gobiernos locales y regionales",
                        "Por qué la Agenda 2030 se gana o se pierde en las ciudades y los territorios, cómo alinear "
                                + "un plan local con los Objetivos de Desarrollo Sostenible y cómo informar de los "
                                + "avances en un informe local voluntario.")),
                Set.of(), Set.of(SDG_LOCALISATION), Set.of("11.3", "16.7", "17.17", "17.18"), Set.of(11, 16, 17),
                Set.of(), Set.of(), true,
                new DemoDocument.Pdf("localising-the-sdgs.pdf", "Localising the SDGs", List.of(
                        "Step 1. Raise awareness: council members and staff learn what the 17 goals mean for the "
                                + "services they already run.",
                        "Step 2. Align the local development plan: each objective of the plan is matched with the "
                                + "SDG targets it serves, and gaps are listed.",
                        "Step 3. Monitor with local indicators: disaggregated data, produced with the national "
                                + "statistics office where possible.",
                        "Step 4. Report in a voluntary local review, presented alongside the national voluntary "
                                + "review at the High-level Political Forum.")));
    }

    private static DemoDocument sendaiLocalisation() {
        return new DemoDocument(SENDAI_MODULE, ResourceKind.GUIDE, "en", Map.of(
                "en", LanguageVersion.of("Localising the Sendai Framework: learning module for local governments",
                        "A learning module on disaster risk reduction for local governments: understanding local "
                                + "risk, local strategies aligned with target E of the Sendai Framework, early "
                                + "warning and building back better."),
                "fr", LanguageVersion.of("Localiser le Cadre de Sendai : module d’apprentissage pour les "
                                + "collectivités territoriales",
                        "Un module d’apprentissage sur la réduction des risques de catastrophe pour les "
                                + "collectivités : comprendre les risques locaux, adopter des stratégies locales "
                                + "alignées sur la cible E du Cadre de Sendai, alerter tôt et mieux reconstruire.")),
                Set.of(), Set.of(DISASTER_RISK_REDUCTION), Set.of("11.5", "11.b", "13.1"), Set.of(11, 13),
                Set.of(1, 2, 4), Set.of("E", "G"), true, null);
    }

    private static DemoDocument agreementTemplate() {
        return new DemoDocument(AGREEMENT_TEMPLATE, ResourceKind.TEMPLATE, "fr", Map.of(
                "fr", LanguageVersion.of("Modèle de convention de coopération décentralisée",
                        "Un modèle de convention entre deux collectivités territoriales : objet, engagements, "
                                + "comité de pilotage conjoint, budget, suivi et évaluation, durée et résiliation."),
                "en", LanguageVersion.of("Decentralised cooperation agreement template",
                        "A template agreement between two local governments: purpose, commitments, joint steering "
                                + "committee, budget, monitoring and evaluation, duration and termination.")),
                Set.of(Region.AFRICA, Region.EUROPE), Set.of(DECENTRALISED_COOPERATION), Set.of("17.17"), Set.of(17),
                Set.of(), Set.of(), true, null);
    }
}
