package org.collegium.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Organisations, agreements and accounts with valid defaults and unique names, for integration tests.
 */

class NetworkTestData {

    private final DirectoryEditing editing;
    private final Accounts accounts;
    private final Roles roles;
    private final UserDetailsService users;

    NetworkTestData(DirectoryEditing editing, Accounts accounts, Roles roles, UserDetailsService users) {
        this.editing = editing;
        this.accounts = accounts;
        this.roles = roles;
        this.users = users;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    OrganisationSummary organisation(String name, OrganisationKind kind, String country) {
        return editing.create((UUID) null, new OrganisationDetails(name, null, kind, country, null, null), "en");
    }

    OrganisationSummary organisation() {
        return organisation(unique("Municipality"), OrganisationKind.LOCAL_GOVERNMENT, "MK");
    }

    void describe(OrganisationSummary organisation, String language, String text) {
        editing.describe((UUID) null, organisation.id(), language, text, TranslationStatus.ORIGINAL);
    }

    void member(OrganisationSummary member, OrganisationSummary parent) {
        editing.addMembership((UUID) null, member.id(), parent.id(), LocalDate.of(2010, 1, 1));
    }

    PartnershipId partnership(String title, OrganisationSummary... parties) {
        return editing.recordPartnership((UUID) null, new PartnershipTerms(title, PartnershipKind.MEMORANDUM_OF_UNDERSTANDING,
                PartnershipStatus.SIGNED, Set.of(parties).stream().map(OrganisationSummary::id)
                        .collect(java.util.stream.Collectors.toSet()),
                List.of("Strengthen capacities.", "Transfer know-how."), LocalDate.of(2022, 7, 1), "Darkhan", "en"));
    }

    String account() {
        String email = "network-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, unique("Person"), "correct horse battery staple 2026", Locale.ENGLISH);
        return email;
    }

    AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    String administrator() {
        String email = account();
        roles.grant(idOf(email), Role.PLATFORM_ADMINISTRATOR, null);
        return email;
    }

    String focalPointOf(OrganisationSummary organisation) {
        String email = account();
        roles.grant(idOf(email), Role.FOCAL_POINT, organisation.id().value());
        return email;
    }

    String memberOf(OrganisationSummary organisation) {
        String email = account();
        roles.grant(idOf(email), Role.ORGANISATION_MEMBER, organisation.id().value());
        return email;
    }

    UserDetails user(String email) {
        return users.loadUserByUsername(email);
    }
}
