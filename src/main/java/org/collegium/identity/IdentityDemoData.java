package org.collegium.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.collegium.shared.DemoDataOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts, one for every role, all with the same password. Running it again changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("collegium.demo-data.enabled")
@Order(DemoDataOrder.IDENTITY)
class IdentityDemoData implements ApplicationRunner {

    static final String PASSWORD = "learn-together-2026";

    private record Person(String email, ProfileDetails profile) {
    }

    private static final List<Person> PEOPLE = List.of(
            person("admin@collegium.example", "Amina Diallo", "Platform coordinator",
                    JobFunction.TRAINING_AND_CAPACITY_BUILDING, "SN", Locale.FRENCH, "Africa/Dakar",
                    List.of(lang("fr", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1), lang("es", LanguageLevel.B1)),
                    Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION, ExpertiseTopic.SDG_LOCALISATION)),
            person("nalas.admin@collegium.example", "Elena Petrovska", "e-Academy manager",
                    JobFunction.TRAINING_AND_CAPACITY_BUILDING, "MK", Locale.ENGLISH, "Europe/Skopje",
                    List.of(lang("mk", LanguageLevel.NATIVE), lang("en", LanguageLevel.C2), lang("sr", LanguageLevel.B2)),
                    Set.of(ExpertiseTopic.MUNICIPAL_FINANCE, ExpertiseTopic.LOCAL_SERVICES)),
            person("darkhan.admin@collegium.example", "Bat-Erdene Ganbold", "Head of training",
                    JobFunction.HUMAN_RESOURCES, "MN", Locale.ENGLISH, "Asia/Ulaanbaatar",
                    List.of(lang("mn", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2), lang("ru", LanguageLevel.B1)),
                    Set.of(ExpertiseTopic.FOOD_SECURITY, ExpertiseTopic.ECOTOURISM)),
            person("facilitator@collegium.example", "Marko Jovanović", "Municipal finance trainer",
                    JobFunction.FINANCE_AND_BUDGET, "RS", Locale.ENGLISH, "Europe/Belgrade",
                    List.of(lang("sr", LanguageLevel.NATIVE), lang("en", LanguageLevel.C1)),
                    Set.of(ExpertiseTopic.MUNICIPAL_FINANCE, ExpertiseTopic.INVESTMENT_PLANNING)),
            person("learner@collegium.example", "Oyunchimeg Tsend", "Environmental health officer",
                    JobFunction.ENVIRONMENT_AND_SANITATION, "MN", Locale.ENGLISH, "Asia/Ulaanbaatar",
                    List.of(lang("mn", LanguageLevel.NATIVE), lang("en", LanguageLevel.B1)),
                    Set.of(ExpertiseTopic.ENVIRONMENTAL_HEALTH, ExpertiseTopic.WATER_MANAGEMENT)),
            person("focal.nalas@collegium.example", "Kelmend Zajazi", "Executive director",
                    JobFunction.INTERNATIONAL_RELATIONS, "MK", Locale.ENGLISH, "Europe/Skopje",
                    List.of(lang("sq", LanguageLevel.NATIVE), lang("mk", LanguageLevel.C1), lang("en", LanguageLevel.C1)),
                    Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION, ExpertiseTopic.MUNICIPAL_FINANCE)),
            person("member@collegium.example", "Ana Stojanovska", "Urban planner",
                    JobFunction.URBAN_PLANNING, "MK", Locale.ENGLISH, "Europe/Skopje",
                    List.of(lang("mk", LanguageLevel.NATIVE), lang("en", LanguageLevel.B2)),
                    Set.of(ExpertiseTopic.DISASTER_RISK_REDUCTION, ExpertiseTopic.ENERGY_EFFICIENCY)));

    private final Accounts accounts;
    private final Profiles profiles;
    private final Roles roles;

    IdentityDemoData(Accounts accounts, Profiles profiles, Roles roles) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.roles = roles;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (Person person : PEOPLE) {
            if (accounts.findByEmail(person.email()).isPresent()) {
                continue;
            }
            ProfileDetails profile = person.profile();
            AccountId id = accounts.createConfirmed(person.email(), profile.displayName(), PASSWORD, profile.uiLanguage());
            profiles.update(id, profile);
        }
        accounts.findByEmail("admin@collegium.example")
                .ifPresent(admin -> roles.grant(admin.id(), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM));
    }

    private static Person person(String email, String name, String jobTitle, JobFunction function, String country,
            Locale language, String zone, List<SpokenLanguage> languages, Set<ExpertiseTopic> expertise) {
        return new Person(email, new ProfileDetails(name, null, jobTitle, function, country, languages, expertise,
                language, zone));
    }

    private static SpokenLanguage lang(String code, LanguageLevel level) {
        return new SpokenLanguage(code, level);
    }
}
