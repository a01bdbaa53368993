package org.collegium.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.Viewer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Networks, members, library editors and resource drafts with unique names and valid defaults, made through the
 * modules' own facades, for the library's integration, page and browser tests.
 */
public final class LibraryTestData {

    public static final String PASSWORD = "a long and unusual library passphrase 2026";

    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;

    public LibraryTestData(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A confirmed member account; returns its e-mail address. */
    public String member() {
        String email = "library-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, unique("Person"), PASSWORD, Locale.ENGLISH);
        return email;
    }

    public String administrator() {
        String email = member();
        roles.grant(idOf(email), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return email;
    }

    public OrganisationSummary network(String name) {
        return editing.create((Viewer) user(administrator()), new OrganisationDetails(unique(name), null,
                OrganisationKind.NETWORK, null, null, "https://example.org/" + UUID.randomUUID()), "en");
    }

    /** An organisation of the directory that is not a network: no library of its own. */
    public OrganisationSummary municipality(String name) {
        return editing.create((Viewer) user(administrator()), new OrganisationDetails(unique(name), null,
                OrganisationKind.LOCAL_GOVERNMENT, "BJ", null, null), "fr");
    }

    /** A new account that edits the network's library. */
    public String editorOf(OrganisationSummary network) {
        String email = member();
        roles.grant(idOf(email), Role.LIBRARY_EDITOR, network.id().value());
        return email;
    }

    public AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    public UserDetails user(String email) {
        return users.loadUserByUsername(email);
    }

    /** A valid case study for the network, in French with an English translation. */
    public static ResourceDraft caseStudy(OrganisationSummary network, String title) {
        Map<CaseSection, String> sections = Map.of(
                CaseSection.CONTEXT, "La commune de Dogbo coopère avec une ville française depuis 2009.",
                CaseSection.DESIGN, "Conception conjointe du plan d’assainissement avec les services techniques.",
                CaseSection.LESSONS_LEARNED, "Associer les élus dès la conception.");
        return new ResourceDraft(ResourceKind.CASE_STUDY, network.id(), "fr",
                Map.of("fr", new LanguageVersion(title, "Coopération décentralisée pour l’assainissement.", sections),
                        "en", LanguageVersion.of(title + " (English)", "Decentralised cooperation for sanitation.")),
                List.of(Creator.person("Aminata Diallo")), "UCLG Africa", LocalDate.of(2023, 5, 16), Set.of("fr"),
                Set.of("BJ"), Set.of(Region.AFRICA), Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION), Set.of(6),
                Set.of("17.17"), Set.of(), Set.of(), Licence.CC_BY, null,
                List.of(new ResourceLink(ResourceLink.Kind.WEB, "https://www.uclga.org/", "UCLG Africa")),
                new ContactPerson("Koffi Mensah", "Chargé de coopération", "koffi@example.org"));
    }
}
