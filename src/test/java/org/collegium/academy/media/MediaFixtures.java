package org.collegium.academy.media;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.NewAcademy;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Unique accounts and academies for the media tests, made through the academy's own facades.
 */
final class MediaFixtures {

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final Roles roles;
    private final Academies academies;
    private final AcademyStaff staff;
    private final UserDetailsService users;

    MediaFixtures(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies, AcademyStaff staff,
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

    String account(String prefix) {
        return account(prefix, Locale.ENGLISH);
    }

    String account(String prefix, Locale language) {
        String email = unique(prefix) + "@media-test.example";
        accounts.createConfirmed(email, "Person " + prefix, "a long and unusual test passphrase 2026", language);
        return email;
    }

    AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** An academy administered by the given account. */
    AcademySummary academy(String administrator) {
        String platform = account("platform");
        roles.grant(idOf(platform), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        UUID organisation = UUID.randomUUID();
        jdbc.update("INSERT INTO organisation (id, slug, name, kind, original_language, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                organisation, unique("org"), unique("Association"), "LOCAL_GOVERNMENT_ASSOCIATION", "en",
                Timestamp.from(Instant.now()));
        String slug = unique("media");
        AcademyId id = academies.create(idOf(platform), new NewAcademy(slug, "Academy " + slug,
                new OrganisationId(organisation), "en", "An academy for media tests.", Set.of("en"), "#1f5f8b"));
        staff.appoint(idOf(platform), id, administrator, Role.ACADEMY_ADMINISTRATOR);
        return academies.findBySlug(slug).orElseThrow();
    }

    String facilitatorOf(AcademySummary academy, String administrator) {
        return facilitatorOf(academy, administrator, Locale.ENGLISH);
    }

    String facilitatorOf(AcademySummary academy, String administrator, Locale language) {
        String facilitator = account("facilitator", language);
        staff.appoint(idOf(administrator), academy.id(), facilitator, Role.FACILITATOR);
        return facilitator;
    }

    String learnerOf(AcademySummary academy) {
        String learner = account("learner");
        staff.registerLearner(academy.id(), idOf(learner));
        return learner;
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
