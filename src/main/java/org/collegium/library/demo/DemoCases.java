package org.collegium.library.demo;

import static org.collegium.identity.ExpertiseTopic.DECENTRALISED_COOPERATION;
import static org.collegium.identity.ExpertiseTopic.DISASTER_RISK_REDUCTION;
import static org.collegium.identity.ExpertiseTopic.ENVIRONMENTAL_HEALTH;
import static org.collegium.identity.ExpertiseTopic.GENDER_EQUALITY;
import static org.collegium.identity.ExpertiseTopic.LOCAL_SERVICES;
import static org.collegium.identity.ExpertiseTopic.MUNICIPAL_FINANCE;
import static org.collegium.identity.ExpertiseTopic.WATER_MANAGEMENT;
import static org.collegium.library.demo.DemoCase.text;

import java.util.List;
import java.util.Set;

import org.collegium.library.ContactPerson;

/**
 * The six practical cases of decentralised cooperation presented at ALGA's peer-learning module, from Benin,
 * Cameroon, Mali, Morocco, Mozambique and Tunisia. Seed 002 names the countries only: the projects, people and
 * figures here are illustrative samples, and every page that shows them says so.
 */
final class DemoCases {

    private DemoCases() {
    }

    static final List<DemoCase> ALL = List.of(benin(), cameroon(), mali(), morocco(), mozambique(), tunisia());

    private static DemoCase benin() {
        return new DemoCase("BJ", Set.of(DECENTRALISED_COOPERATION, WATER_MANAGEMENT), Set.of("6.1", "6.b", "17.17"),
                Set.of(), Set.of(),
                text("Bénin : des comités d’usagers pour gérer les points d’eau d’une commune rurale",
                        "Une commune rurale du Couffo et une communauté de communes française remettent en état "
                                + "douze points d’eau et confient leur gestion à des comités d’usagers formés.",
                        "Dans cette commune rurale, un habitant sur trois parcourait plus de deux kilomètres pour "
                                + "trouver de l’eau potable ; la moitié des forages étaient en panne faute d’entretien.",
                        "La commune, une communauté de communes française jumelée depuis 2009, l’agence de l’eau du "
                                + "bassin partenaire et une ONG béninoise d’intermédiation sociale.",
                        "Diagnostic participatif dans vingt villages, choix conjoint des sites et rédaction d’une "
                                + "convention de coopération fixant les rôles, le budget et le calendrier.",
                        "Réhabilitation de douze forages, formation de comités d’usagers mixtes, tarif au volume "
                                + "voté en conseil communal et carnet d’entretien tenu par un fontainier.",
                        "Évaluation à mi-parcours par un binôme de techniciens des deux collectivités, puis "
                                + "évaluation finale ouverte aux usagers lors d’une assemblée villageoise.",
                        "Le recouvrement du tarif a chuté pendant la saison des pluies, quand les puits "
                                + "traditionnels redeviennent utilisables.",
                        "Onze forages sur douze fonctionnent trois ans après ; le temps moyen de corvée d’eau a été "
                                + "divisé par deux.",
                        "Confier la maintenance à un acteur local rémunéré plutôt qu’à des bénévoles ; prévoir "
                                + "l’épargne pour les grosses réparations dès la conception."),
                text("Benin: user committees run the water points of a rural municipality",
                        "A rural municipality of Couffo and a French group of municipalities repair twelve water "
                                + "points and hand their running to trained user committees.",
                        "In this rural municipality one inhabitant in three walked more than two kilometres for "
                                + "drinking water; half of the boreholes had broken down for lack of upkeep.",
                        "The municipality, a French group of municipalities twinned with it since 2009, the water "
                                + "agency of the partner's basin and a Beninese NGO for social mediation.",
                        "Participatory diagnosis in twenty villages, joint choice of sites and a cooperation "
                                + "agreement setting out roles, budget and timetable.",
                        "Twelve boreholes repaired, mixed user committees trained, a volume tariff voted by the "
                                + "municipal council and a maintenance log kept by a caretaker.",
                        "Mid-term evaluation by a pair of technicians from both local governments, then a final "
                                + "evaluation open to users at a village assembly.",
                        "Tariff collection dropped in the rainy season, when traditional wells can be used again.",
                        "Eleven boreholes out of twelve still work three years on; the average time spent fetching "
                                + "water has halved.",
                        "Give maintenance to a paid local actor rather than to volunteers; plan savings for major "
                                + "repairs from the design stage."),
                new ContactPerson("Codjo Houngbédji", "Chargé de la coopération décentralisée", "cooperation@commune-exemple.bj"),
                new DemoCase.Analysis(
                        "Diagnostic participatif réel ; convention claire entre les deux collectivités ; implication "
                                + "des femmes dans les comités.",
                        "Dépendance au financement de l’agence de l’eau ; pas de plan pour les grosses réparations.",
                        "Inscrire une ligne d’entretien au budget communal et mutualiser un fontainier entre "
                                + "plusieurs villages."));
    }

    private static DemoCase cameroon() {
        return new DemoCase("CM", Set.of(DECENTRALISED_COOPERATION, LOCAL_SERVICES), Set.of("16.9", "17.17"),
                Set.of(), Set.of(),
                text("Cameroun : moderniser l’état civil avec une commune partenaire",
                        "Une commune d’arrondissement et une commune belge numérisent les registres d’état civil "
                                + "et raccourcissent la délivrance des actes de naissance.",
                        "Les registres papier se dégradaient et un acte de naissance demandait en moyenne trois "
                                + "semaines ; de nombreux enfants n’étaient pas déclarés.",
                        "La commune, une commune belge partenaire, l’association nationale des communes et le "
                                + "bureau national de l’état civil.",
                        "Étude des circuits de déclaration avec les centres secondaires, choix d’un logiciel libre "
                                + "et plan de formation des officiers d’état civil.",
                        "Numérisation de 60 000 actes, équipement de quatre centres, échanges de personnel entre les "
                                + "deux services d’état civil.",
                        "Évaluation conjointe à deux ans, fondée sur les délais de délivrance et le nombre de "
                                + "déclarations dans les délais légaux.",
                        "Coupures d’électricité fréquentes et rotation des agents formés.",
                        "Un acte est délivré en deux jours ; les déclarations de naissance dans les délais ont "
                                + "progressé de 40 %.",
                        "Associer l’administration nationale dès le début ; prévoir l’énergie solaire et une "
                                + "formation continue des agents."),
                text("Cameroon: modernising civil registration with a partner municipality",
                        "A district municipality and a Belgian municipality digitise civil registers and shorten "
                                + "the issuing of birth certificates.",
                        "Paper registers were decaying and a birth certificate took three weeks on average; many "
                                + "children were never registered.",
                        "The municipality, a Belgian partner municipality, the national association of "
                                + "municipalities and the national civil registration office.",
                        "Study of registration flows with secondary centres, choice of free software and a "
                                + "training plan for registrars.",
                        "60,000 records digitised, four centres equipped, staff exchanges between the two civil "
                                + "registration services.",
                        "Joint evaluation after two years, based on issuing times and the number of births "
                                + "registered within the legal time.",
                        "Frequent power cuts and turnover of trained staff.",
                        "A certificate is issued in two days; births registered on time rose by 40%.",
                        "Involve the national administration from the start; plan solar power and continuous "
                                + "training of staff."),
                new ContactPerson("Esther Ngo Bassa", "Secrétaire générale de la commune", "etat-civil@commune-exemple.cm"),
                new DemoCase.Analysis(
                        "Résultats mesurables ; échanges de personnel qui ont créé une relation durable.",
                        "Fragilité technique (énergie, maintenance) ; faible appropriation par les centres "
                                + "secondaires.",
                        "Documenter les procédures pour limiter l’effet de la rotation des agents ; partager le "
                                + "logiciel avec d’autres communes."));
    }

    private static DemoCase mali() {
        return new DemoCase("ML", Set.of(DECENTRALISED_COOPERATION, MUNICIPAL_FINANCE), Set.of("17.1", "8.3", "17.17"),
                Set.of(), Set.of(),
                text("Mali : mobiliser les ressources propres grâce aux marchés ruraux",
                        "Un cercle et une région européenne aident trois communes à aménager leurs marchés et à "
                                + "mieux collecter les taxes de marché.",
                        "Les communes tiraient moins de 10 % de leur budget de ressources propres ; les marchés "
                                + "hebdomadaires, très fréquentés, étaient mal équipés.",
                        "Trois communes rurales, le conseil de cercle, une région européenne et les associations "
                                + "de commerçants.",
                        "Recensement des commerçants, concertation sur le tarif et plan d’aménagement des "
                                + "marchés approuvé par les conseils communaux.",
                        "Construction de hangars et de latrines, collecte par tickets numérotés et affichage public "
                                + "des recettes chaque mois.",
                        "Suivi trimestriel des recettes et évaluation finale par un cabinet local.",
                        "L’insécurité a interrompu les activités dans une commune pendant six mois.",
                        "Les recettes des marchés ont triplé en deux ans ; la part des ressources propres est "
                                + "passée à 18 % du budget.",
                        "La transparence sur l’usage des recettes fait accepter la taxe ; prévoir un plan de "
                                + "continuité en zone d’insécurité."),
                text("Mali: raising own revenue through rural markets",
                        "A district council and a European region help three municipalities equip their markets "
                                + "and collect market fees better.",
                        "The municipalities drew less than 10% of their budget from own revenue; weekly markets "
                                + "were busy but poorly equipped.",
                        "Three rural municipalities, the district council, a European region and the traders' "
                                + "associations.",
                        "Census of traders, consultation on fees and a market plan approved by the municipal "
                                + "councils.",
                        "Sheds and latrines built, collection with numbered tickets and public display of receipts "
                                + "every month.",
                        "Quarterly monitoring of receipts and a final evaluation by a local firm.",
                        "Insecurity stopped work in one municipality for six months.",
                        "Market receipts tripled in two years; own revenue rose to 18% of the budget.",
                        "Openness about how receipts are used makes the fee accepted; plan for continuity in "
                                + "insecure areas."),
                new ContactPerson("Moussa Traoré", "Secrétaire général du conseil de cercle", "finances@cercle-exemple.ml"),
                new DemoCase.Analysis(
                        "Effet direct sur les finances locales ; transparence envers les commerçants.",
                        "Pas de plan de gestion des risques sécuritaires ; évaluation tardive.",
                        "Étendre l’affichage des recettes au budget entier ; former les collecteurs à la "
                                + "gestion de caisse."));
    }

    private static DemoCase morocco() {
        return new DemoCase("MA", Set.of(DECENTRALISED_COOPERATION, ENVIRONMENTAL_HEALTH, LOCAL_SERVICES),
                Set.of("11.6", "12.5", "17.17"), Set.of(), Set.of(),
                text("Maroc : tri à la source des déchets ménagers avec une métropole européenne",
                        "Une commune urbaine et une métropole européenne lancent le tri à la source dans deux "
                                + "quartiers et créent un centre de compostage.",
                        "La décharge contrôlée arrivait à saturation ; les déchets organiques représentaient 65 % "
                                + "des ordures ménagères.",
                        "La commune, une métropole européenne, une coopérative de récupérateurs et les "
                                + "associations de quartier.",
                        "Caractérisation des déchets, enquête auprès des ménages et conception commune du "
                                + "circuit de collecte sélective.",
                        "Distribution de bacs, intégration des récupérateurs informels dans une coopérative, "
                                + "centre de compostage de 20 tonnes par jour.",
                        "Indicateurs de tonnage trié et de satisfaction des habitants, revus chaque semestre par "
                                + "un comité de pilotage conjoint.",
                        "Difficulté à maintenir la motivation des ménages après la première année.",
                        "30 % des déchets organiques des quartiers pilotes sont compostés ; 80 récupérateurs ont "
                                + "un revenu stable.",
                        "Les récupérateurs sont des alliés, pas des concurrents ; la sensibilisation doit durer "
                                + "au-delà du projet."),
                text("Morocco: sorting household waste at source with a European metropolis",
                        "An urban municipality and a European metropolis start sorting at source in two "
                                + "neighbourhoods and open a composting centre.",
                        "The controlled landfill was almost full; organic waste made up 65% of household waste.",
                        "The municipality, a European metropolis, a cooperative of waste pickers and "
                                + "neighbourhood associations.",
                        "Waste characterisation, a household survey and joint design of the separate collection "
                                + "round.",
                        "Bins handed out, informal waste pickers brought into a cooperative, a composting centre "
                                + "of 20 tonnes a day.",
                        "Indicators of sorted tonnage and residents' satisfaction, reviewed every six months by "
                                + "a joint steering committee.",
                        "Keeping households motivated after the first year.",
                        "30% of the organic waste of the pilot neighbourhoods is composted; 80 waste pickers have "
                                + "a stable income.",
                        "Waste pickers are allies, not competitors; awareness-raising must outlast the project."),
                new ContactPerson("Salma Benjelloun", "Directrice de l’environnement", "environnement@commune-exemple.ma"),
                new DemoCase.Analysis(
                        "Inclusion des récupérateurs informels ; pilotage conjoint régulier.",
                        "Coût du compostage non couvert après le projet ; extension à la ville non planifiée.",
                        "Vendre le compost aux agriculteurs voisins ; prévoir l’extension dans le plan d’action "
                                + "communal."));
    }

    private static DemoCase mozambique() {
        return new DemoCase("MZ", Set.of(DECENTRALISED_COOPERATION, DISASTER_RISK_REDUCTION),
                Set.of("11.5", "11.b", "13.1"), Set.of(1, 4), Set.of("B", "E", "G"),
                text("Mozambique : cartographie des risques d’inondation et alerte précoce dans une ville côtière",
                        "Une municipalité côtière et une ville portugaise cartographient les zones inondables avec "
                                + "les habitants et installent un système d’alerte par SMS.",
                        "Après les cyclones de 2019, un tiers des quartiers avaient été inondés et les habitants "
                                + "n’avaient pas été prévenus à temps.",
                        "La municipalité, une ville portugaise partenaire, l’institut national de gestion des "
                                + "catastrophes et la Croix-Rouge locale.",
                        "Cartographie participative des risques quartier par quartier et plan local de réduction "
                                + "des risques adopté par l’assemblée municipale.",
                        "Pluviomètres dans cinq quartiers, alertes par SMS et par radio communautaire, exercices "
                                + "d’évacuation chaque année.",
                        "Évaluation après chaque saison des pluies et revue par les pairs de la ville partenaire.",
                        "Faible couverture du réseau mobile dans les quartiers informels.",
                        "Lors de la crue de 2023, 12 000 habitants ont été prévenus six heures à l’avance ; aucun "
                                + "décès n’a été déploré.",
                        "La carte des risques faite avec les habitants est mieux utilisée que la carte des "
                                + "experts ; combiner plusieurs canaux d’alerte."),
                text("Mozambique: flood risk mapping and early warning in a coastal city",
                        "A coastal municipality and a Portuguese city map flood-prone areas with residents and set "
                                + "up an SMS warning system.",
                        "After the 2019 cyclones a third of the neighbourhoods had flooded and residents had not "
                                + "been warned in time.",
                        "The municipality, a Portuguese partner city, the national disaster management institute "
                                + "and the local Red Cross.",
                        "Participatory risk mapping neighbourhood by neighbourhood and a local disaster risk "
                                + "reduction plan adopted by the municipal assembly.",
                        "Rain gauges in five neighbourhoods, warnings by SMS and community radio, yearly evacuation "
                                + "drills.",
                        "Evaluation after every rainy season and a peer review by the partner city.",
                        "Weak mobile coverage in informal neighbourhoods.",
                        "During the 2023 flood, 12,000 residents were warned six hours ahead; no one died.",
                        "A risk map made with residents is used more than the experts' map; combine several "
                                + "warning channels."),
                new ContactPerson("Alberto Macuácua", "Vereador para a gestão de riscos", "riscos@municipio-exemplo.mz"),
                new DemoCase.Analysis(
                        "Lien direct avec le Cadre de Sendai ; résultats vérifiés lors d’une vraie crue.",
                        "Dépendance aux opérateurs mobiles ; maintenance des pluviomètres non budgétée.",
                        "Intégrer l’alerte dans le plan national ; former des volontaires à l’entretien des "
                                + "équipements."));
    }

    private static DemoCase tunisia() {
        return new DemoCase("TN", Set.of(DECENTRALISED_COOPERATION, MUNICIPAL_FINANCE, GENDER_EQUALITY),
                Set.of("16.7", "5.5", "17.17"), Set.of(), Set.of(),
                text("Tunisie : un budget participatif soutenu par une ville jumelle",
                        "Une municipalité et sa ville jumelle italienne mettent en place un budget participatif "
                                + "qui réserve des sièges aux femmes et aux jeunes.",
                        "Après les élections municipales de 2018, la municipalité voulait associer les habitants "
                                + "aux choix d’investissement.",
                        "La municipalité, une ville jumelle italienne, la fédération nationale des villes et des "
                                + "associations de jeunes.",
                        "Règlement du budget participatif rédigé avec les habitants, quotas de femmes et de jeunes "
                                + "dans les forums de quartier.",
                        "Cinq forums de quartier, vote de douze projets, 10 % du budget d’investissement consacré "
                                + "aux projets choisis.",
                        "Évaluation par un observatoire citoyen et échange annuel avec la ville jumelle.",
                        "Retards de paiement des entreprises et lenteur des marchés publics.",
                        "Neuf projets sur douze livrés en deux ans ; 45 % des participants étaient des femmes.",
                        "Rendre compte de l’avancement de chaque projet garde la confiance ; simplifier les "
                                + "procédures d’achat pour les petits projets."),
                text("Tunisia: participatory budgeting backed by a twin city",
                        "A municipality and its Italian twin city set up participatory budgeting with seats "
                                + "reserved for women and young people.",
                        "After the 2018 municipal elections the municipality wanted residents to take part in "
                                + "investment choices.",
                        "The municipality, an Italian twin city, the national federation of cities and youth "
                                + "associations.",
                        "Rules of the participatory budget written with residents, quotas for women and young "
                                + "people in neighbourhood forums.",
                        "Five neighbourhood forums, twelve projects voted, 10% of the investment budget given to the "
                                + "chosen projects.",
                        "Evaluation by a citizens' observatory and a yearly exchange with the twin city.",
                        "Late payments to contractors and slow public procurement.",
                        "Nine projects out of twelve delivered in two years; 45% of participants were women.",
                        "Reporting on each project's progress keeps trust; simplify procurement for small projects."),
                new ContactPerson("Leïla Ben Salah", "Chargée de la participation citoyenne", "participation@commune-exemple.tn"),
                new DemoCase.Analysis(
                        "Quotas qui ont réellement ouvert la participation ; évaluation citoyenne.",
                        "Dépendance aux procédures nationales d’achat ; peu de moyens pour l’animation des forums.",
                        "Publier un tableau de bord des projets ; partager le règlement avec d’autres "
                                + "municipalités du réseau."));
    }
}
