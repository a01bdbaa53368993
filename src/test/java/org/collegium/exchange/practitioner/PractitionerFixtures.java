package org.collegium.exchange.practitioner;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.LanguageLevel;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.Viewer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Unique accounts and organisations for practitioner tests, made through the other modules' facades. */
public final class PractitionerFixtures {

    public static final String PASSWORD = "a long and unusual practitioner passphrase";

    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;
    private String administratorEmail;

    public PractitionerFixtures(Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String email(String prefix) {
        String email = unique(prefix) + "@practitioner-test.example";
        accounts.createConfirmed(email, "Person " + unique(prefix), PASSWORD, Locale.ENGLISH);
        return email;
    }

    public AccountId account(String prefix) {
        return idOf(email(prefix));
    }

    public AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    public AccountId administrator() {
        if (administratorEmail == null) {
            administratorEmail = email("platform");
            roles.grant(idOf(administratorEmail), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        }
        return idOf(administratorEmail);
    }

    public OrganisationId organisation(OrganisationKind kind, String country) {
        return summary(kind, country).id();
    }

    public OrganisationSummary summary(OrganisationKind kind, String country) {
        administrator();
        return editing.create((Viewer) users.loadUserByUsername(administratorEmail),
                new OrganisationDetails(unique("Municipality"), null, kind, country, null, null), "en");
    }

    /** Signs the request in as the account. */
    public RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email));
    }

    public OrganisationId municipality(String country) {
        return organisation(OrganisationKind.LOCAL_GOVERNMENT, country);
    }

    public void member(AccountId person, OrganisationId organisation) {
        roles.grant(person, Role.ORGANISATION_MEMBER, organisation.value());
    }

    public void focalPoint(AccountId person, OrganisationId organisation) {
        roles.grant(person, Role.FOCAL_POINT, organisation.value());
    }

    /** A complete, valid profile: head of human resources, English C1, available in March 2027. */
    public static PractitionerProfile headOfHumanResources(OrganisationId organisation) {
        return new PractitionerProfile(organisation, "Head of HR", "head-of-human-resources",
                "Recruitment and training of 400 staff", Set.of("human-resources-management"),
                List.of(new SpokenLanguage("en", LanguageLevel.C1), new SpokenLanguage("nl", LanguageLevel.NATIVE)),
                "Mission to Kampala in 2019", List.of(new Availability(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))));
    }
}
