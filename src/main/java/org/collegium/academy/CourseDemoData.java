package org.collegium.academy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.shared.DemoDataOrder;
import org.collegium.shared.i18n.TranslationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo courses of the academies, after the academies and their staff exist: the NALAS e-Academy's courses on the
 * six themes it teaches, ALGA's hybrid cycle on decentralised cooperation, and a #LearningWithUCLG MOOC on localising
 * the SDGs, with learners part-way, a facilitator's cohort and a completed learner with a certificate. Everything goes
 * through the facades. Idempotent: a course whose address exists already is left as it is, and so are the
 * enrolments, progress and certificates already there.
 */
@Component
@ConditionalOnBooleanProperty("collegium.demo-data.enabled")
@Order(DemoDataOrder.ACADEMY_COURSES)
class CourseDemoData implements ApplicationRunner {

    static final String GRADUATE = "graduate@collegium.example";

    private static final Logger LOG = LoggerFactory.getLogger(CourseDemoData.class);
    private static final String PASSWORD = "learn-together-2026";
    private static final Duration DAY = Duration.ofDays(1);

    private final Academies academies;
    private final AcademyStaff staff;
    private final Accounts accounts;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Quizzes quizzes;
    private final Discussions discussions;
    private final Certificates certificates;

    CourseDemoData(Academies academies, AcademyStaff staff, Accounts accounts, Courses courses, CourseRuns runs,
            Enrolments enrolments, Quizzes quizzes, Discussions discussions, Certificates certificates) {
        this.academies = academies;
        this.staff = staff;
        this.accounts = accounts;
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.quizzes = quizzes;
        this.discussions = discussions;
        this.certificates = certificates;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Optional<AccountSummary> admin = accounts.findByEmail("admin@collegium.example");
        if (admin.isEmpty()) {
            LOG.warn("Demo courses skipped: the platform administrator's account does not exist");
            return;
        }
        AccountId actor = admin.get().id();
        academies.findBySlug("nalas").ifPresent(nalas -> nalas(actor, nalas.id()));
        academies.findBySlug("alga").ifPresent(alga -> alga(actor, alga.id()));
        academies.findBySlug("uclg").ifPresent(uclg -> uclg(actor, uclg.id()));
    }

    // ---------------------------------------------------------------- NALAS

    private void nalas(AccountId actor, AcademyId academy) {
        Optional<AccountId> facilitator = accounts.findByEmail("facilitator@collegium.example")
                .map(AccountSummary::id);
        Optional<AccountId> learner = accounts.findByEmail("learner@collegium.example").map(AccountSummary::id);
        AccountId graduate = accounts.createConfirmed(GRADUATE, "Dragana Nikolić", PASSWORD, Locale.ENGLISH);
        staff.registerLearner(academy, graduate);

        CourseId investment = investmentPlanning(actor, academy);
        CourseId energy = energyEfficiency(actor, academy);
        CourseId finance = simpleCourse(actor, academy, "municipal-finance-essentials", ExpertiseTopic.MUNICIPAL_FINANCE,
                "Municipal finance essentials",
                "How municipalities raise own-source revenue, plan a balanced budget and report on it to citizens.",
                "Les fondamentaux des finances municipales",
                "Comment les municipalités mobilisent leurs recettes propres, préparent un budget équilibré et en "
                        + "rendent compte aux citoyens.",
                Set.of(11, 16), List.of(
                        page("Own-source revenue",
                                "<p>Property tax, local fees and charges give a municipality room to decide. "
                                        + "We compare collection rates across South-East Europe and what raised them: "
                                        + "an up-to-date property register, simple billing and visible results.</p>"),
                        page("A budget citizens can read",
                                "<p>A citizens' budget presents in a few pages where the money comes from and where "
                                        + "it goes. <strong>Exercise:</strong> summarise your municipality's last "
                                        + "budget in five figures a resident would understand.</p>")));
        simpleCourse(actor, academy, "local-services-quality", ExpertiseTopic.LOCAL_SERVICES,
                "Improving local services",
                "Measuring and improving the quality of the services residents use every day: waste collection, "
                        + "public transport, one-stop shops.",
                "Améliorer les services locaux",
                "Mesurer et améliorer la qualité des services que les habitants utilisent chaque jour : collecte des "
                        + "déchets, transports publics, guichets uniques.",
                Set.of(11), List.of(page("Benchmarking services",
                        "<p>Benchmarking compares the cost and quality of a service between municipalities with the "
                                + "same indicators. Choose three indicators for waste collection and explain how you "
                                + "would collect them each year.</p>")));
        simpleCourse(actor, academy, "water-management-for-municipalities", ExpertiseTopic.WATER_MANAGEMENT,
                "Water management for municipalities",
                "Running water and wastewater utilities: losses, tariffs that cover costs and protect the poor, and "
                        + "investment priorities.",
                "La gestion de l’eau pour les municipalités",
                "Gérer les services d’eau et d’assainissement : pertes, tarifs qui couvrent les coûts et protègent "
                        + "les plus pauvres, priorités d’investissement.",
                Set.of(6), List.of(page("Non-revenue water",
                        "<p>Many utilities of the region lose more than 40% of the water they produce. We look at "
                                + "district metering, active leak detection and how to finance them from the "
                                + "savings.</p>")));
        simpleCourse(actor, academy, "gender-equality-in-local-government", ExpertiseTopic.GENDER_EQUALITY,
                "Gender equality in local government",
                "Gender-responsive budgeting and services, and more women in local decision-making.",
                "L’égalité des genres dans les collectivités locales",
                "Budgétisation sensible au genre, services adaptés et davantage de femmes dans les décisions locales.",
                Set.of(5), List.of(page("Gender-responsive budgeting",
                        "<p>Gender-responsive budgeting asks who benefits from each budget line. Start with "
                                + "data broken down by sex on the users of two municipal services, then set one "
                                + "target for the next budget.</p>")));

        CourseRunId investmentRun = selfPaced(actor, investment, "en");
        CourseRunId cohort = cohortRun(actor, energy, "en", facilitator.map(Set::of).orElse(Set.of()), 30);
        CourseRunId financeRun = selfPaced(actor, finance, "en");

        learner.ifPresent(account -> {
            enrol(account, investmentRun);
            openFirst(account, investment, 2);
            enrol(account, cohort);
            openFirst(account, energy, 1);
        });
        enrol(graduate, cohort);
        openFirst(graduate, energy, 1);
        completeWithCertificate(academy, graduate, finance, financeRun);
        forum(actor, academy, investment, facilitator, learner,
                "Which project would you put first in your capital investment plan?",
                "<p>Share one project of your municipality and score it with the criteria of module 2. "
                        + "What made it rise or fall in the ranking?</p>",
                "<p>In Darkhan we scored the district heating upgrade highest: it saves energy and money every "
                        + "winter, and households asked for it in every consultation.</p>");
        forum(actor, academy, energy, facilitator, learner, "Your first energy audit",
                "<p>Which public building would you audit first, and why? Give its yearly energy bill if you know "
                        + "it.</p>",
                "<p>Our school no. 5: built in 1978, single glazing, and the largest heating bill of the municipality.</p>");
    }

    private CourseId investmentPlanning(AccountId actor, AcademyId academy) {
        Optional<CourseId> existing = existing(actor, academy, "capital-investment-planning");
        if (existing.isPresent()) {
            return existing.get();
        }
        CourseId course = courses.create(actor, academy, new CourseDetails("capital-investment-planning", "en",
                "Capital investment planning",
                "Plan, prioritise and finance the investments of your municipality over several years, with "
                        + "citizens and with the budget in mind.",
                Set.of(ExpertiseTopic.INVESTMENT_PLANNING, ExpertiseTopic.MUNICIPAL_FINANCE),
                Set.of(Audience.ADMINISTRATORS, Audience.ELECTED_OFFICIALS), CourseLevel.INTRODUCTORY,
                Set.of("en", "fr"), 6, Set.of(9, 11, 16), CourseFormat.SELF_PACED));
        courses.translate(actor, course, "fr", "La planification des investissements",
                "Planifier, prioriser et financer les investissements de votre municipalité sur plusieurs années, "
                        + "avec les citoyens et en tenant compte du budget.", TranslationStatus.TRANSLATED);
        CourseModuleId why = courses.addModule(actor, course, "en", "Why plan investments?");
        add(actor, why, page("What a capital investment plan is",
                "<p>A capital investment plan (CIP) lists the investments a municipality intends to make over the "
                        + "next three to five years (roads, water networks, schools, public buildings) with their "
                        + "cost, their timing and how each will be financed.</p>"
                        + "<p>It links the long-term development strategy to the yearly budget: without it, "
                        + "investments are decided one by one, often when a grant appears, and operating costs "
                        + "surprise the next budgets.</p>"
                        + "<h2>What a plan holds</h2><ul><li>an inventory of the municipality's assets and their "
                        + "condition;</li><li>the list of proposed projects with cost estimates;</li><li>the "
                        + "criteria used to rank them;</li><li>a financing plan: own revenue, grants, loans;</li>"
                        + "<li>the operating and maintenance costs each project will add.</li></ul>"));
        add(actor, why, page("Learning from the region",
                "<p>Municipalities across South-East Europe have adopted multi-year investment plans with the "
                        + "support of their associations. The most useful ones are short, public and revised "
                        + "every year together with the budget.</p><blockquote>A plan that nobody reads "
                        + "does not change a single decision.</blockquote>"));
        CourseModuleId ranking = courses.addModule(actor, course, "en", "Ranking and financing projects");
        add(actor, ranking, page("Criteria for ranking projects",
                "<p>Rank projects with a few explicit criteria, weighted in advance and published:</p><ol>"
                        + "<li>urgency: health, safety, legal obligations;</li><li>number of residents who "
                        + "benefit;</li><li>effect on running costs (energy savings count);</li><li>readiness: "
                        + "land, permits, design;</li><li>fit with the development strategy.</li></ol><p>Score "
                        + "each project from 1 to 5 on each criterion; discuss the result with the council and "
                        + "in a public hearing before the budget.</p>"));
        add(actor, ranking, page("Financing the plan",
                "<p>Match each project with a source: own-source revenue for small works, national and EU grants "
                        + "for large ones, and municipal borrowing where the law allows it and the debt "
                        + "service stays affordable. Keep a margin: costs rise between the plan and the "
                        + "tender.</p>"));
        ActivityId quiz = courses.addActivity(actor, ranking, new ActivityDraft(ActivityKind.QUIZ, "en",
                "Check your understanding", null, null, CompletionRule.QUIZ_PASSED, 10));
        quizzes.configure(actor, academy, quiz, QuizSettings.fixed(List.of(
                quizzes.addQuestion(actor, academy, QuestionDraft.singleChoice("en",
                        "What does a capital investment plan link together?", 1,
                        QuestionDraft.Choice.right("The long-term strategy and the yearly budget"),
                        QuestionDraft.Choice.wrong("The council's agenda and the mayor's calendar"),
                        QuestionDraft.Choice.wrong("Grant applications and procurement rules"))),
                quizzes.addQuestion(actor, academy, QuestionDraft.trueFalse("en",
                        "A new school adds no operating costs to future budgets.", 1, false)),
                quizzes.addQuestion(actor, academy, QuestionDraft.multipleChoice("en",
                        "Which of these are sensible ranking criteria?", 1,
                        QuestionDraft.Choice.right("Urgency for health and safety"),
                        QuestionDraft.Choice.right("Number of residents who benefit"),
                        QuestionDraft.Choice.wrong("Which councillor proposed it"))),
                quizzes.addQuestion(actor, academy, QuestionDraft.singleChoice("en",
                        "Over how many years does a capital investment plan usually look ahead?", 1,
                        QuestionDraft.Choice.wrong("One year"),
                        QuestionDraft.Choice.right("Three to five years"),
                        QuestionDraft.Choice.wrong("Twenty years"))),
                quizzes.addQuestion(actor, academy, QuestionDraft.trueFalse("en",
                        "The ranking criteria should be published before projects are scored.", 1, true)))));
        courses.addActivity(actor, ranking, new ActivityDraft(ActivityKind.DISCUSSION, "en",
                "Discuss your municipality's priorities", null, null, null, 15));
        courses.publish(actor, course);
        return course;
    }

    private CourseId energyEfficiency(AccountId actor, AcademyId academy) {
        Optional<CourseId> existing = existing(actor, academy, "energy-efficiency-in-public-buildings");
        if (existing.isPresent()) {
            return existing.get();
        }
        CourseId course = courses.create(actor, academy, new CourseDetails("energy-efficiency-in-public-buildings",
                "en", "Energy efficiency in public buildings",
                "Audit, renovate and manage municipal buildings to cut energy bills and emissions; a facilitated "
                        + "course with a cohort of peers.",
                Set.of(ExpertiseTopic.ENERGY_EFFICIENCY), Set.of(Audience.PRACTITIONERS, Audience.ADMINISTRATORS),
                CourseLevel.INTERMEDIATE, Set.of("en", "fr"), 8, Set.of(7, 11, 13), CourseFormat.FACILITATED_COHORT));
        courses.translate(actor, course, "fr", "L’efficacité énergétique des bâtiments publics",
                "Auditer, rénover et gérer les bâtiments municipaux pour réduire les factures d’énergie et les "
                        + "émissions ; un cours animé avec une cohorte de pairs.", TranslationStatus.TRANSLATED);
        CourseModuleId know = courses.addModule(actor, course, "en", "Know your buildings");
        add(actor, know, page("Energy bookkeeping",
                "<p>Energy management starts with bookkeeping: the monthly consumption of electricity, heat and "
                        + "fuel of every municipal building, taken from the bills and entered in one table.</p>"
                        + "<p>Divide by the heated floor area to get kWh per square metre and year: buildings far "
                        + "above the average of their kind are the first candidates for an audit.</p>"));
        add(actor, know, page("The energy audit",
                "<p>An audit describes the building envelope, the heating system and lighting, and proposes "
                        + "measures with their cost, savings and payback time.</p><table><tr><th>Measure</th>"
                        + "<th>Typical payback</th></tr><tr><td>LED lighting</td><td>2–4 years</td></tr>"
                        + "<tr><td>Thermostatic valves</td><td>1–3 years</td></tr><tr><td>Roof insulation</td>"
                        + "<td>5–8 years</td></tr><tr><td>Window replacement</td><td>10–20 years</td></tr>"
                        + "</table>"));
        CourseModuleId act = courses.addModule(actor, course, "en", "Renovate and finance");
        add(actor, act, page("Financing renovation",
                "<p>Savings can pay for the works: energy performance contracts let a company invest and be paid "
                        + "from the savings it guarantees; revolving funds re-invest the savings of the first "
                        + "buildings in the next ones.</p>"));
        ActivityId quiz = courses.addActivity(actor, act, new ActivityDraft(ActivityKind.QUIZ, "en",
                "Energy efficiency quiz", null, null, CompletionRule.QUIZ_PASSED, 10));
        quizzes.configure(actor, academy, quiz, QuizSettings.fixed(List.of(
                quizzes.addQuestion(actor, academy, QuestionDraft.singleChoice("en",
                        "Which indicator compares buildings of different sizes?", 1,
                        QuestionDraft.Choice.right("kWh per square metre and year"),
                        QuestionDraft.Choice.wrong("The total yearly bill"),
                        QuestionDraft.Choice.wrong("The number of rooms"))),
                quizzes.addQuestion(actor, academy, QuestionDraft.trueFalse("en",
                        "LED lighting usually pays back faster than window replacement.", 1, true)),
                quizzes.addQuestion(actor, academy, QuestionDraft.singleChoice("en",
                        "In an energy performance contract, the company is paid from…", 1,
                        QuestionDraft.Choice.right("the savings it guarantees"),
                        QuestionDraft.Choice.wrong("a new local tax"),
                        QuestionDraft.Choice.wrong("the residents' water bills"))),
                quizzes.addQuestion(actor, academy, QuestionDraft.trueFalse("en",
                        "Energy bookkeeping needs the consumption of every municipal building.", 1, true)))));
        courses.addActivity(actor, act, new ActivityDraft(ActivityKind.DISCUSSION, "en",
                "Discuss with your cohort", null, null, null, 15));
        courses.publish(actor, course);
        return course;
    }

    // ---------------------------------------------------------------- ALGA

    private void alga(AccountId actor, AcademyId academy) {
        String slug = "cooperation-decentralisee-action-internationale";
        if (existing(actor, academy, slug).isPresent()) {
            return;
        }
        CourseId course = courses.create(actor, academy, new CourseDetails(slug, "fr",
                "Cycle hybride sur la coopération décentralisée et l’action internationale des collectivités "
                        + "territoriales",
                "Le cycle de formation et de renforcement des capacités de l’ALGA pour les managers territoriaux "
                        + "chargés de la coopération décentralisée : modules enregistrés à suivre en ligne et "
                        + "apprentissage entre pairs en présentiel à travers des cas pratiques.",
                Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION), Set.of(Audience.ADMINISTRATORS,
                        Audience.ELECTED_OFFICIALS), CourseLevel.INTERMEDIATE, Set.of("fr", "en"), 24,
                Set.of(17, 11), CourseFormat.HYBRID));
        courses.translate(actor, course, "en",
                "Hybrid cycle on decentralised cooperation and the international action of local governments",
                "ALGA's training and capacity-building cycle for territorial managers in charge of decentralised "
                        + "cooperation: recorded modules to follow online and in-person peer learning through "
                        + "practical cases.", TranslationStatus.TRANSLATED);
        CourseModuleId one = courses.addModule(actor, course, "fr", "Module 1 : module introductif");
        recorded(actor, one, "Enregistrement du module introductif",
                "<p>Le module introductif a été enregistré à Casablanca par les animateurs du cycle, avec l’appui "
                        + "du cabinet Ideo Factory. Il présente la coopération décentralisée (CD) et l’action "
                        + "internationale des collectivités territoriales (AICT), leurs acteurs et les étapes d’un "
                        + "projet, de la conception à l’évaluation.</p>");
        CourseModuleId two = courses.addModule(actor, course, "fr",
                "Module 2 : apprentissage par les pairs à travers des cas pratiques");
        add(actor, two, pageFr("Les cas pratiques présentés",
                "<p>La session en présentiel réunit des managers territoriaux, des partenaires au développement et "
                        + "des expert·es. Une première partie présente des projets concrets de CD et d’AICT menés "
                        + "au <strong>Bénin</strong>, au <strong>Cameroun</strong>, au <strong>Mali</strong>, au "
                        + "<strong>Maroc</strong>, au <strong>Mozambique</strong> et en <strong>Tunisie</strong> : "
                        + "étapes, difficultés, leçons apprises et résultats.</p><p>La seconde partie analyse "
                        + "ces projets : points forts, faiblesses, et moyens d’en améliorer la qualité, "
                        + "l’efficacité et l’efficience.</p>"));
        ActivityId session = courses.addActivity(actor, two, new ActivityDraft(ActivityKind.LIVE_SESSION, "fr",
                "Session en présentiel : apprentissage par les pairs (Marrakech)", null, null, CompletionRule.ATTENDED,
                360));
        CourseModuleId three = courses.addModule(actor, course, "fr",
                "Module 3 : identifier des partenaires et monter un projet de CD");
        recorded(actor, three, "Enregistrement du module 3",
                "<p>Ce module enregistré montre comment identifier des partenaires de coopération décentralisée, "
                        + "construire une relation de confiance et monter un projet commun : diagnostic partagé, "
                        + "objectifs, budget et répartition des rôles.</p>");
        CourseModuleId four = courses.addModule(actor, course, "fr",
                "Module 4 : recommandations et plateformes d’échange de la CD et de l’AICT");
        add(actor, four, pageFr("Les recommandations des pairs",
                "<p>Les participant·es ont recommandé de concevoir et diffuser un guide de planification de la CD et "
                        + "de l’AICT à l’échelle des collectivités territoriales et de leurs associations "
                        + "nationales, et de mettre en place une plateforme numérique d’information et d’échange "
                        + "entre les acteurs de la CD et de l’AICT.</p>"));
        CourseModuleId five = courses.addModule(actor, course, "fr",
                "Module 5 : rédiger et suivre les conventions de la CD et de l’AICT");
        recorded(actor, five, "Enregistrement du module 5",
                "<p>Les fondamentaux de la rédaction et du suivi des conventions de coopération décentralisée : "
                        + "parties, objet, engagements de chacun, financement, gouvernance du partenariat, durée "
                        + "et règlement des différends.</p>");
        CourseModuleId six = courses.addModule(actor, course, "fr",
                "Module 6 : mise en œuvre, suivi, reporting, évaluation et capitalisation des projets de la CD et "
                        + "de l’AICT");
        recorded(actor, six, "Enregistrement du module 6",
                "<p>La mise en œuvre des projets de CD et d’AICT, leur suivi et le reporting aux partenaires, "
                        + "l’évaluation des résultats et la capitalisation des expériences pour les projets "
                        + "suivants.</p>");
        courses.publish(actor, course);
        Instant now = Instant.now();
        CourseRunId run = runs.schedule(actor, course, new RunPlan(RunKind.COHORT, "fr", EnrolmentPolicy.SELF_SERVICE,
                40, now.minus(DAY.multipliedBy(10)), now.plus(DAY.multipliedBy(40)), now.minus(DAY.multipliedBy(3)),
                now.plus(DAY.multipliedBy(90)), ZoneId.of("Africa/Casablanca"), Set.of()));
        Instant day = now.plus(DAY.multipliedBy(45)).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(Duration.ofHours(8));
        runs.addSession(actor, run, new SessionPlan(day, day.plus(Duration.ofHours(6)), ZoneId.of("Africa/Casablanca"),
                "Marrakech, Maroc", null, session));
    }

    private void recorded(AccountId actor, CourseModuleId module, String title, String description) {
        add(actor, module, pageFr("À propos de l’enregistrement", description));
        courses.addActivity(actor, module, new ActivityDraft(ActivityKind.VIDEO, "fr", title, null,
                "https://www.uclga.org/", CompletionRule.VIEWED, 45));
    }

    // ---------------------------------------------------------------- UCLG

    private void uclg(AccountId actor, AcademyId academy) {
        String slug = "localizing-the-sdgs";
        if (existing(actor, academy, slug).isPresent()) {
            return;
        }
        CourseId course = courses.create(actor, academy, new CourseDetails(slug, "en", "Localizing the SDGs",
                "A #LearningWithUCLG MOOC: how local and regional governments make the 2030 Agenda their own, from "
                        + "awareness to planning, implementation and monitoring. Cohorts in English, French and "
                        + "Spanish.",
                Set.of(ExpertiseTopic.SDG_LOCALISATION), Set.of(Audience.ELECTED_OFFICIALS, Audience.ADMINISTRATORS,
                        Audience.PRACTITIONERS), CourseLevel.INTRODUCTORY, Set.of("en", "fr", "es"), 10,
                Set.of(11, 17), CourseFormat.MOOC));
        courses.translate(actor, course, "fr", "Localiser les ODD",
                "Un MOOC #LearningWithUCLG : comment les gouvernements locaux et régionaux s’approprient l’Agenda "
                        + "2030, de la sensibilisation à la planification, la mise en œuvre et le suivi. Cohortes en "
                        + "anglais, français et espagnol.", TranslationStatus.TRANSLATED);
        courses.translate(actor, course, "es", "Localizar los ODS",
                "Un MOOC #LearningWithUCLG: cómo los gobiernos locales y regionales hacen suya la Agenda 2030, de la "
                        + "sensibilización a la planificación, la implementación y el seguimiento. Cohortes en "
                        + "inglés, francés y español.", TranslationStatus.TRANSLATED);
        CourseModuleId intro = courses.addModule(actor, course, "en", "The 2030 Agenda and local governments");
        add(actor, intro, page("Why localize?",
                "<p>Most SDG targets depend on services that local and regional governments provide or regulate: "
                        + "water, waste, housing, transport, local economic development. Localizing means adapting "
                        + "the goals to the territory, setting local targets and reporting on them.</p>"));
        CourseModuleId plan = courses.addModule(actor, course, "en", "Planning and monitoring");
        add(actor, plan, page("Aligning the local plan",
                "<p>Map the goals of your local development plan to the SDG targets, find the gaps, and choose "
                        + "indicators you can actually measure. Voluntary Local Reviews report the progress to "
                        + "citizens and to the world.</p>"));
        courses.addActivity(actor, plan, new ActivityDraft(ActivityKind.DISCUSSION, "en",
                "Share your city's first step", null, null, null, 15));
        courses.publish(actor, course);
        Instant now = Instant.now();
        for (String language : List.of("en", "fr", "es")) {
            runs.schedule(actor, course, new RunPlan(RunKind.COHORT, language, EnrolmentPolicy.SELF_SERVICE, null,
                    now.minus(DAY.multipliedBy(20)), now.plus(DAY.multipliedBy(60)), now.minus(DAY.multipliedBy(7)),
                    now.plus(DAY.multipliedBy(90)), ZoneId.of("Europe/Madrid"), Set.of()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private record Page(String language, String title, String body) {
    }

    private static Page page(String title, String body) {
        return new Page("en", title, body);
    }

    private static Page pageFr(String title, String body) {
        return new Page("fr", title, body);
    }

    private void add(AccountId actor, CourseModuleId module, Page page) {
        courses.addActivity(actor, module, new ActivityDraft(ActivityKind.PAGE, page.language(), page.title(), page.body(),
                null, CompletionRule.VIEWED, 10));
    }

    private CourseId simpleCourse(AccountId actor, AcademyId academy, String slug, ExpertiseTopic theme,
            String title, String summary, String frenchTitle, String frenchSummary, Set<Integer> sdgs,
            List<Page> pages) {
        Optional<CourseId> existing = existing(actor, academy, slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        CourseId course = courses.create(actor, academy, new CourseDetails(slug, "en", title, summary, Set.of(theme),
                Set.of(Audience.ADMINISTRATORS), CourseLevel.INTRODUCTORY, Set.of("en", "fr"), 2, sdgs,
                CourseFormat.SELF_PACED));
        courses.translate(actor, course, "fr", frenchTitle, frenchSummary, TranslationStatus.TRANSLATED);
        CourseModuleId module = courses.addModule(actor, course, "en", "Essentials");
        pages.forEach(page -> add(actor, module, page));
        courses.publish(actor, course);
        return course;
    }

    private Optional<CourseId> existing(AccountId actor, AcademyId academy, String slug) {
        return courses.authoredIn(actor, academy).stream().filter(course -> course.slug().equals(slug))
                .map(CourseSummary::id).findFirst();
    }

    private CourseRunId selfPaced(AccountId actor, CourseId course, String language) {
        List<RunView> existing = runs.runsOf(Optional.of(actor), course);
        if (!existing.isEmpty()) {
            return existing.getFirst().id();
        }
        return runs.schedule(actor, course, new RunPlan(RunKind.SELF_PACED, language, EnrolmentPolicy.SELF_SERVICE,
                null, null, null, null, null, ZoneId.of("Europe/Skopje"), Set.of()));
    }

    private CourseRunId cohortRun(AccountId actor, CourseId course, String language, Set<AccountId> facilitators,
            int capacity) {
        List<RunView> existing = runs.runsOf(Optional.of(actor), course);
        if (!existing.isEmpty()) {
            return existing.getFirst().id();
        }
        Instant now = Instant.now();
        return runs.schedule(actor, course, new RunPlan(RunKind.COHORT, language, EnrolmentPolicy.SELF_SERVICE,
                capacity, now.minus(DAY.multipliedBy(14)), now.plus(DAY.multipliedBy(30)),
                now.minus(DAY.multipliedBy(7)), now.plus(DAY.multipliedBy(60)), ZoneId.of("Europe/Skopje"),
                facilitators));
    }

    private void enrol(AccountId learner, CourseRunId run) {
        boolean enrolled = enrolments.learningOf(learner).stream().anyMatch(item -> item.run().id().equals(run));
        if (!enrolled) {
            enrolments.enrol(learner, run);
        }
    }

    /** Opens the first activities of the course (pages and videos), which completes them. */
    private void openFirst(AccountId learner, CourseId course, int count) {
        CourseView view = courses.get(Optional.of(learner), course);
        view.activities().filter(ActivitySummary::published)
                .filter(activity -> activity.completionRule() == CompletionRule.VIEWED).limit(count)
                .forEach(activity -> enrolments.open(Optional.of(learner), activity.id(), false));
    }

    private void completeWithCertificate(AcademyId academy, AccountId learner, CourseId course, CourseRunId run) {
        enrol(learner, run);
        openFirst(learner, course, Integer.MAX_VALUE);
        boolean certified = certificates.ofLearner(learner).stream().anyMatch(view -> view.course().equals(course));
        if (certified) {
            return;
        }
        enrolments.learningOf(learner).stream()
                .filter(item -> item.run().id().equals(run) && item.status() == EnrolmentStatus.COMPLETED)
                .findFirst()
                .ifPresent(item -> certificates.issue(new IssueCertificate(academy, course, run, item.enrolment(),
                        learner, Instant.now(), item.course().title(), item.course().durationHours() + " h")));
    }

    private void forum(AccountId actor, AcademyId academy, CourseId course, Optional<AccountId> facilitator,
            Optional<AccountId> learner, String title, String question, String answer) {
        CourseView view = courses.get(Optional.of(actor), course);
        List<ModuleView> modules = new ArrayList<>(view.modules());
        CourseModuleId module = modules.getLast().id();
        if (discussions.findForum(Optional.of(actor), academy, course, module).isPresent()) {
            return;
        }
        ForumId forum = discussions.openForum(actor, academy, course, module);
        DiscussionThreadId thread = discussions.startThread(facilitator.orElse(actor), forum,
                new NewThread(title, question, ThreadKind.DISCUSSION));
        learner.filter(account -> discussions.mayParticipate(account, forum))
                .ifPresent(account -> discussions.reply(account, thread, new NewReply(answer, null)));
    }
}
