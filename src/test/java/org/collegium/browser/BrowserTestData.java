package org.collegium.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.NewAcademy;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.network.PartnershipId;
import org.collegium.network.PartnershipKind;
import org.collegium.network.PartnershipStatus;
import org.collegium.network.PartnershipTerms;
import org.collegium.shared.Viewer;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Accounts, organisations and academies with unique names, made through the modules' own facades, for the pages
 * the browser tests visit.
 */
final class BrowserTestData {

    static final String PASSWORD = "a long and unusual browser passphrase 2026";

    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final Academies academies;
    private final AcademyStaff staff;
    private final UserDetailsService users;

    BrowserTestData(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies, AcademyStaff staff,
            UserDetailsService users) {
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.academies = academies;
        this.staff = staff;
        this.users = users;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    String account() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, unique("Person"), PASSWORD, Locale.ENGLISH);
        return email;
    }

    String platformAdministrator() {
        String email = account();
        roles.grant(idOf(email), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return email;
    }

    AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    Viewer viewer(String email) {
        return (Viewer) users.loadUserByUsername(email);
    }

    OrganisationSummary organisation(Viewer administrator, String name, OrganisationKind kind, String country) {
        return editing.create(administrator, new OrganisationDetails(name, null, kind, country, "Skopje region",
                "https://example.org/" + UUID.randomUUID()), "en");
    }

    void describe(Viewer administrator, OrganisationSummary organisation, String language, String text) {
        editing.describe(administrator, organisation.id(), language, text, TranslationStatus.ORIGINAL);
    }

    void member(Viewer administrator, OrganisationSummary member, OrganisationSummary parent) {
        editing.addMembership(administrator, member.id(), parent.id(), LocalDate.of(2012, 3, 1));
    }

    void focalPoint(Viewer administrator, OrganisationSummary organisation, String email) {
        editing.appointFocalPoint(administrator, organisation.id(), email);
    }

    PartnershipId partnership(Viewer administrator, String title, OrganisationSummary first, OrganisationSummary second) {
        return editing.recordPartnership(administrator, new PartnershipTerms(title,
                PartnershipKind.MEMORANDUM_OF_UNDERSTANDING, PartnershipStatus.SIGNED, Set.of(first.id(), second.id()),
                List.of("Strengthen local capacities.", "Exchange know-how between municipalities."),
                LocalDate.of(2022, 7, 1), "Darkhan", "en"));
    }

    /** An academy of a new association, in English and French, with a dark red accent colour. */
    AcademySummary academy(String platformAdministrator, String administratorEmail) {
        Viewer administrator = viewer(platformAdministrator);
        OrganisationSummary association = organisation(administrator, unique("Association"),
                OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "MK");
        String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        var id = academies.create(idOf(platformAdministrator), new NewAcademy(slug, unique("Academy"),
                association.id(), "en", "Courses for local governments.\n\nLearn from peers across the region.",
                Set.of("en", "fr"), "#7b1e3a"));
        if (administratorEmail != null) {
            staff.appoint(idOf(platformAdministrator), id, administratorEmail, Role.ACADEMY_ADMINISTRATOR);
        }
        return academies.findBySlug(slug).orElseThrow();
    }
}
