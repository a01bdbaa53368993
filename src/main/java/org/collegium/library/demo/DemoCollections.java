package org.collegium.library.demo;

import java.util.Map;

import org.collegium.library.collection.CollectionTexts;
import org.collegium.library.collection.CollectionTexts.Text;

/** The demo library's reading lists: planning decentralised cooperation, SDG localisation, Sendai localisation. */
final class DemoCollections {

    private DemoCollections() {
    }

    static final CollectionTexts PLANNING = new CollectionTexts("fr", Map.of(
            "fr", new Text("Planifier la coopération décentralisée",
                    "Le guide de planification, un modèle de convention, la note de la session de Marrakech et les six "
                            + "cas pratiques analysés par les pairs."),
            "en", new Text("Planning decentralised cooperation",
                    "The planning guide, an agreement template, the note of the Marrakech session and the six "
                            + "practical cases analysed by peers."),
            "es", new Text("Planificar la cooperación descentralizada",
                    "La guía de planificación, un modelo de convenio, la nota de la sesión de Marrakech y los seis "
                            + "casos prácticos analizados por pares.")));

    static final CollectionTexts SDG = new CollectionTexts("en", Map.of(
            "en", new Text("SDG localisation", "Where to start when a local government aligns its plan with the "
                    + "2030 Agenda, and cases that show it done."),
            "fr", new Text("Localisation des ODD", "Par où commencer pour aligner un plan local sur l’Agenda 2030, "
                    + "et des cas qui le montrent."),
            "es", new Text("Localización de los ODS", "Por dónde empezar para alinear un plan local con la "
                    + "Agenda 2030, y casos que lo muestran.")));

    static final CollectionTexts SENDAI = new CollectionTexts("en", Map.of(
            "en", new Text("Sendai Framework localisation", "Disaster risk reduction for local governments: the "
                    + "learning module and a city's early-warning case."),
            "fr", new Text("Localisation du Cadre de Sendai", "La réduction des risques de catastrophe pour les "
                    + "collectivités : le module d’apprentissage et le cas d’alerte précoce d’une ville."),
            "es", new Text("Localización del Marco de Sendai", "Reducción del riesgo de desastres para los gobiernos "
                    + "locales: el módulo de aprendizaje y el caso de alerta temprana de una ciudad.")));
}
