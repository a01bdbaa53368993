package org.collegium.library.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.library.Creator;
import org.collegium.library.LanguageVersion;
import org.collegium.library.Licence;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.library.review.Contributions;
import org.collegium.library.review.PeerAnalysis;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.DemoDataOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo library: UCLG Africa's library with the six practical cases of ALGA's Marrakech module (illustrative
 * samples, each with the participants' peer analysis), the planning guide it recommended and the note of the
 * session; UCLG's library with SDG and Sendai localisation material; and a NALAS good practice waiting for its
 * editor. Everything goes through the module's services and its editorial workflow (submitted, then published by
 * the network's editor), so every rule holds. Runs once: nothing is added when the demo's editor has resources.
 */
@Component
@ConditionalOnBooleanProperty("collegium.demo-data.enabled")
@Order(DemoDataOrder.LIBRARY)
class LibraryDemoData implements ApplicationRunner {

    static final String ALGA_EDITOR = "library.alga@collegium.example";
    static final String UCLG_EDITOR = "library.uclg@collegium.example";
    static final String NALAS_EDITOR = "nalas.admin@collegium.example";
    static final String NALAS_MEMBER = "member@collegium.example";
    private static final String PASSWORD = "learn-together-2026";

    private final Resources resources;
    private final Editorial editorial;
    private final Contributions contributions;
    private final Accounts accounts;
    private final Roles roles;
    private final Directory directory;
    private final Map<String, ResourceId> documents = new HashMap<>();

    LibraryDemoData(Resources resources, Editorial editorial, Contributions contributions, Accounts accounts,
            Roles roles, Directory directory) {
        this.resources = resources;
        this.editorial = editorial;
        this.contributions = contributions;
        this.accounts = accounts;
        this.roles = roles;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        // Keyed on the demo's own editor rather than on an empty library, so that resources added before it (by
        // people, or by other tests sharing the database) neither stop nor duplicate it.
        if (accounts.findByEmail(ALGA_EDITOR).map(editor -> !resources.submittedBy(editor.id()).isEmpty())
                .orElse(false)) {
            return;
        }
        OrganisationSummary uclgAfrica = network("UCLG Africa");
        OrganisationSummary uclg = network("UCLG");
        OrganisationSummary nalas = network("NALAS");
        AccountId alga = editor(ALGA_EDITOR, "Nadia El Amrani", Locale.FRENCH, uclgAfrica);
        AccountId uclgEditor = editor(UCLG_EDITOR, "Carlos Méndez", Locale.of("es"), uclg);
        roles.grant(account(NALAS_EDITOR), Role.LIBRARY_EDITOR, nalas.id().value());
        DemoCases.ALL.forEach(demoCase -> {
            ResourceId id = published(alga, resources.draftExample(alga, caseStudy(demoCase, uclgAfrica)));
            DemoCase.Analysis analysis = demoCase.analysis();
            contributions.analyse(alga, id, new PeerAnalysis(analysis.strengths(), analysis.weaknesses(),
                    analysis.recommendations()));
        });
        DemoDocuments.ALL.forEach(document -> {
            boolean africa = document.regions().contains(Region.AFRICA);
            AccountId author = africa ? alga : uclgEditor;
            OrganisationSummary network = africa ? uclgAfrica : uclg;
            ResourceDraft draft = draft(document, network, africa ? "UCLG Africa — ALGA" : "UCLG Learning");
            documents.put(document.key(), published(author, document.example()
                    ? resources.draftExample(author, draft) : resources.draft(author, draft)));
        });
        AccountId member = account(NALAS_MEMBER);
        editorial.submit(member, resources.draft(member, energyEfficiency(nalas)));
    }

    /** Submitted by its author, who edits the network's library, and published by them as its editor. */
    private ResourceId published(AccountId editor, ResourceId id) {
        editorial.submit(editor, id);
        editorial.publish(editor, id);
        return id;
    }

    private static ResourceDraft caseStudy(DemoCase demoCase, OrganisationSummary network) {
        return new ResourceDraft(ResourceKind.CASE_STUDY, network.id(), "fr",
                Map.of("fr", demoCase.french(), "en", demoCase.english()),
                List.of(Creator.person(demoCase.contact().name()),
                        Creator.organisation("UCLG Africa — ALGA", network.id())),
                "UCLG Africa — ALGA", LocalDate.of(2023, 5, 16), Set.of("fr"), Set.of(demoCase.country()),
                Set.of(Region.AFRICA), demoCase.themes(), Set.of(), demoCase.sdgTargets(), demoCase.sendaiPriorities(),
                demoCase.sendaiTargets(), Licence.CC_BY, null, List.of(), demoCase.contact());
    }

    private static ResourceDraft draft(DemoDocument document, OrganisationSummary network, String publisher) {
        return new ResourceDraft(document.kind(), network.id(), document.originalLanguage(), document.texts(),
                List.of(Creator.organisation(publisher, network.id())), publisher, LocalDate.of(2024, 3, 1),
                document.texts().keySet(), Set.of(), document.regions(), document.themes(), document.sdgGoals(),
                document.sdgTargets(), document.sendaiPriorities(), document.sendaiTargets(), Licence.CC_BY_SA, null,
                List.of(), null);
    }

    /** A member's good practice from South-East Europe, submitted and waiting for NALAS's library editor. */
    private static ResourceDraft energyEfficiency(OrganisationSummary nalas) {
        return new ResourceDraft(ResourceKind.GOOD_PRACTICE, nalas.id(), "en", Map.of("en", LanguageVersion.of(
                "Energy renovation of municipal schools with an energy performance contract",
                "How a municipality of North Macedonia renovated nine schools and repays the works from the "
                        + "energy saved, with an energy service company chosen by open tender.")),
                List.of(Creator.person("Ana Stojanovska")), "NALAS", LocalDate.of(2025, 10, 1), Set.of("en", "mk"),
                Set.of("MK"), Set.of(Region.EUROPE), Set.of(ExpertiseTopic.ENERGY_EFFICIENCY),
                Set.of(7, 11), Set.of("7.3"), Set.of(), Set.of(), Licence.CC_BY, null, List.of(), null);
    }

    private AccountId editor(String email, String name, Locale language, OrganisationSummary network) {
        AccountId editor = accounts.findByEmail(email).map(summary -> summary.id())
                .orElseGet(() -> accounts.createConfirmed(email, name, PASSWORD, language));
        roles.grant(editor, Role.LIBRARY_EDITOR, network.id().value());
        return editor;
    }

    private AccountId account(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private OrganisationSummary network(String name) {
        return directory.findByName(name).orElseThrow(() -> new IllegalStateException("no " + name + " in the directory"));
    }
}
