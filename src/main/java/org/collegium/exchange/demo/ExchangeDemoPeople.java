package org.collegium.exchange.demo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.JobFunction;
import org.collegium.identity.LanguageLevel;
import org.collegium.identity.SpokenLanguage;

/**
 * The people of the CONNECT demo: the secretariat, the focal points of the partner-country associations and of
 * three European municipalities, their practitioners, and a member of the selection committee. Illustrative
 * people: the source documents name none.
 */
final class ExchangeDemoPeople {

    static final String SECRETARIAT = "connect@collegium.example";
    static final String REVIEWER = "reviewer@collegium.example";
    static final String ULGA = "focal.ulga@collegium.example";
    static final String UAAU = "focal.uaau@collegium.example";
    static final String NLC = "focal.nlc@collegium.example";
    static final String FCM = "focal.fcm@collegium.example";
    static final String NALAG = "focal.nalag@collegium.example";
    static final String UTRECHT = "focal.utrecht@collegium.example";
    static final String UTRECHT_HR = "practitioner.utrecht@collegium.example";
    static final String UTRECHT_TRAINING = "training.utrecht@collegium.example";
    static final String BARCELONA = "focal.barcelona@collegium.example";
    static final String BARCELONA_TOURISM = "practitioner.barcelona@collegium.example";
    static final String GHENT = "focal.ghent@collegium.example";
    static final String GHENT_FOOD = "practitioner.ghent@collegium.example";

    static final List<Person> ALL = List.of(
            new Person(SECRETARIAT, "Sophie Laurent", "PLATFORMA", "CONNECT programme officer",
                    JobFunction.INTERNATIONAL_RELATIONS, "BE", Locale.FRENCH, "Europe/Brussels",
                    List.of(lang("fr", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1), lang("es", LanguageLevel.B2))),
            new Person(REVIEWER, "Maarten Visser", "VNG International", "Senior project manager",
                    JobFunction.INTERNATIONAL_RELATIONS, "NL", Locale.ENGLISH, "Europe/Amsterdam",
                    List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C2), lang("fr", LanguageLevel.B1))),
            new Person(ULGA, "Joseph Kato", "ULGA", "Programme coordinator", JobFunction.INTERNATIONAL_RELATIONS, "UG",
                    Locale.ENGLISH, "Africa/Kampala", List.of(lang("en", LanguageLevel.C2), lang("lg", LanguageLevel.NATIVE))),
            new Person(UAAU, "Sarah Nakato", "UAAU", "Executive secretary", JobFunction.CITY_MANAGER, "UG",
                    Locale.ENGLISH, "Africa/Kampala", List.of(lang("en", LanguageLevel.C2))),
            new Person(NLC, "Sokha Chan", "NLC", "Head of capacity development", JobFunction.HUMAN_RESOURCES, "KH",
                    Locale.ENGLISH, "Asia/Phnom_Penh", List.of(lang("km", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2))),
            new Person(FCM, "Valentina Rojas", "FCM", "Coordinadora de cooperación", JobFunction.INTERNATIONAL_RELATIONS,
                    "CO", Locale.of("es"), "America/Bogota",
                    List.of(lang("es", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2))),
            new Person(NALAG, "Ama Owusu", "NALAG", "Environmental health adviser", JobFunction.ENVIRONMENT_AND_SANITATION,
                    "GH", Locale.ENGLISH, "Africa/Accra", List.of(lang("en", LanguageLevel.C2), lang("ak", LanguageLevel.NATIVE))),
            new Person(UTRECHT, "Pieter de Vries", "Utrecht", "International affairs adviser",
                    JobFunction.INTERNATIONAL_RELATIONS, "NL", Locale.ENGLISH, "Europe/Amsterdam",
                    List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1))),
            new Person(UTRECHT_HR, "Anouk Janssen", "Utrecht", "Head of human resources", JobFunction.HUMAN_RESOURCES,
                    "NL", Locale.ENGLISH, "Europe/Amsterdam",
                    List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1), lang("fr", LanguageLevel.B1))),
            new Person(UTRECHT_TRAINING, "Thomas Bakker", "Utrecht", "Training and staff development officer",
                    JobFunction.TRAINING_AND_CAPACITY_BUILDING, "NL", Locale.ENGLISH, "Europe/Amsterdam",
                    List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2))),
            new Person(BARCELONA, "Marta Puig", "Barcelona", "Responsable de relaciones internacionales",
                    JobFunction.INTERNATIONAL_RELATIONS, "ES", Locale.of("es"), "Europe/Madrid",
                    List.of(lang("ca", LanguageLevel.NATIVE), lang("es", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1))),
            new Person(BARCELONA_TOURISM, "Jordi Serra", "Barcelona", "Gestor de espacios naturales protegidos",
                    JobFunction.LOCAL_ECONOMIC_DEVELOPMENT, "ES", Locale.of("es"), "Europe/Madrid",
                    List.of(lang("es", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2))),
            new Person(GHENT, "Els Peeters", "Ghent", "International relations officer",
                    JobFunction.INTERNATIONAL_RELATIONS, "BE", Locale.ENGLISH, "Europe/Brussels",
                    List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1), lang("fr", LanguageLevel.C1))),
            new Person(GHENT_FOOD, "Lieven Maes", "Ghent", "Food strategy officer", JobFunction.LOCAL_ECONOMIC_DEVELOPMENT,
                    "BE", Locale.ENGLISH, "Europe/Brussels",
                    List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1))));

    private ExchangeDemoPeople() {
    }

    private static SpokenLanguage lang(String code, LanguageLevel level) {
        return new SpokenLanguage(code, level);
    }

    /** A demo person: their account and the profile that names their organisation. */
    record Person(String email, String name, String organisation, String jobTitle, JobFunction function,
            String country, Locale language, String zone, List<SpokenLanguage> languages) {

        Set<ExpertiseTopic> expertise() {
            return Set.of();
        }
    }
}
