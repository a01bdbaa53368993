package org.collegium.exchange.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.practitioner.Availability;
import org.collegium.exchange.practitioner.PractitionerProfile;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.identity.AccountId;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.OrganisationId;

/** The practitioner profiles of the demo's European practitioners, written by each person, available soon. */
final class ExchangeDemoProfiles {

    private final Practitioners practitioners;
    private final Function<String, AccountId> people;
    private final Function<String, OrganisationId> organisations;

    ExchangeDemoProfiles(Practitioners practitioners, Function<String, AccountId> people,
            Function<String, OrganisationId> organisations) {
        this.practitioners = practitioners;
        this.people = people;
        this.organisations = organisations;
    }

    void save(LocalDate today) {
        List<Availability> soon = List.of(new Availability(today.plusMonths(2), today.plusMonths(4)));
        save(ExchangeDemoPeople.UTRECHT_HR, "Utrecht", new Profile("Head of human resources", "head-of-human-resources",
                "Leads a department of 35 people serving 4,000 staff: recruitment, appraisal, training.",
                Set.of("human-resources-management"), List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1),
                        lang("fr", LanguageLevel.B1)),
                "Advised León (Nicaragua) on its staff regulations; expert mission to Phnom Penh in 2017."), soon);
        save(ExchangeDemoPeople.UTRECHT_TRAINING, "Utrecht", new Profile("Training and staff development officer",
                "training-officer", "Designs the city's training plan and its leadership programme.",
                Set.of("human-resources-management", "e-government"),
                List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2)), null), soon);
        save(ExchangeDemoPeople.BARCELONA_TOURISM, "Barcelona", new Profile("Gestor de espacios naturales protegidos",
                "protected-area-manager", "Manages a metropolitan park's visitor services, fire and landslide prevention.",
                Set.of("ecotourism", "climate-adaptation", "disaster-risk-reduction"),
                List.of(lang("es", LanguageLevel.NATIVE), lang("ca", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2)),
                "Exchanges with Latin American parks; a work placement for Colombian officers in 2017."), soon);
        save(ExchangeDemoPeople.GHENT_FOOD, "Ghent", new Profile("Food strategy officer", "food-security-officer",
                "Coordinates the city's food strategy: short supply chains, food reserves and food waste.",
                Set.of("food-security", "waste-management", "agriculture"),
                List.of(lang("nl", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1), lang("fr", LanguageLevel.B2)), null),
                soon);
    }

    private void save(String email, String organisation, Profile profile, List<Availability> availability) {
        AccountId person = people.apply(email);
        practitioners.save(person, person, new PractitionerProfile(organisations.apply(organisation), profile.jobTitle(),
                profile.function(), profile.responsibilities(), profile.topics(), profile.languages(),
                profile.internationalExperience(), availability));
    }

    private static SpokenLanguage lang(String code, LanguageLevel level) {
        return new SpokenLanguage(code, level);
    }

    private record Profile(String jobTitle, String function, String responsibilities, Set<String> topics,
            List<SpokenLanguage> languages, String internationalExperience) {
    }
}
