package org.collegium.academy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Unique test data for the academy tests: organisations, accounts, academies with an administrator.
 * Organisations are written straight into the network's table, since its facade offers no way to create one.
 */
final class AcademyFixtures {

    static final String PASSWORD = "a long and unusual test passphrase 2026";

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final Roles roles;
    private final Academies academies;
    private final AcademyStaff staff;
    private final UserDetailsService users;

    AcademyFixtures(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies, AcademyStaff staff,
            UserDetailsService users) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.roles = roles;
        this.academies = academies;
        this.staff = staff;
        this.users = users;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    OrganisationRow organisation(String name) {
        UUID id = UUID.randomUUID();
        String slug = unique("org");
        jdbc.update("INSERT INTO organisation (id, slug, name, kind, original_language, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                id, slug, name, "LOCAL_GOVERNMENT_ASSOCIATION", "en", Timestamp.from(Instant.now()));
        return new OrganisationRow(new OrganisationId(id), slug, name);
    }

    String account(String prefix) {
        String email = unique(prefix) + "@academy-test.example";
        accounts.createConfirmed(email, "Person " + prefix, PASSWORD, Locale.ENGLISH);
        return email;
    }

    String platformAdministrator() {
        String email = account("platform");
        roles.grant(idOf(email), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return email;
    }

    AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** An academy with an English description, offered in English and French, administered by the given account. */
    AcademySummary academy(String administratorEmail) {
        return academy(administratorEmail, "An academy for tests.");
    }

    AcademySummary academy(String administratorEmail, String englishDescription) {
        OrganisationRow organisation = organisation(unique("Association"));
        String slug = unique("acad");
        AcademyId id = academies.establish(null, new NewAcademy(slug, "Academy " + slug, organisation.id(), "en",
                englishDescription, Set.of("en", "fr"), "#1f5f8b"));
        if (administratorEmail != null) {
            staff.appointOnBehalfOf(null, id, administratorEmail, Role.ACADEMY_ADMINISTRATOR);
        }
        return academies.findBySlug(slug).orElseThrow();
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    record OrganisationRow(OrganisationId id, String slug, String name) {
    }
}
