package org.collegium.academy.certificate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.IssueCertificate;
import org.collegium.academy.NewAcademy;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Unique test data for the certificate tests, made through the public facades (the organisation straight in the
 * network's table, since its facade offers no way to create one).
 */
final class CertificateFixtures {

    static final String PASSWORD = "a long and unusual test passphrase 2026";

    static final TranslatedText COURSE_TITLE = new TranslatedText("en", Map.of(
            "en", Translation.original("Municipal finance and local budgets"),
            "fr", new Translation("Finances municipales et budgets locaux", TranslationStatus.TRANSLATED)));

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final Roles roles;
    private final Academies academies;
    private final AcademyStaff staff;
    private final Certificates certificates;
    private final UserDetailsService users;

    CertificateFixtures(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies, AcademyStaff staff,
            Certificates certificates, UserDetailsService users) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.roles = roles;
        this.academies = academies;
        this.staff = staff;
        this.certificates = certificates;
        this.users = users;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String account(String prefix, String displayName) {
        String email = unique(prefix) + "@certificate-test.example";
        accounts.createConfirmed(email, displayName, PASSWORD, Locale.ENGLISH);
        return email;
    }

    String platformAdministrator() {
        String email = account("platform", "Platform Administrator");
        roles.grant(idOf(email), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return email;
    }

    AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** An academy whose address starts with "nalas", administered by the given account. */
    AcademySummary academy(String administratorEmail) {
        UUID organisation = UUID.randomUUID();
        jdbc.update("INSERT INTO organisation (id, slug, name, kind, original_language, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                organisation, unique("org"), unique("Association"), "LOCAL_GOVERNMENT_ASSOCIATION", "en",
                Timestamp.from(Instant.now()));
        AccountId platform = idOf(platformAdministrator());
        String slug = unique("nalas");
        AcademyId id = academies.create(platform, new NewAcademy(slug, "NALAS e-Academy " + slug,
                new OrganisationId(organisation), "en", "An academy for certificate tests.", Set.of("en", "fr"),
                "#1f5f8b"));
        staff.appoint(platform, id, administratorEmail, Role.ACADEMY_ADMINISTRATOR);
        return academies.findBySlug(slug).orElseThrow();
    }

    IssueCertificate completion(AcademySummary academy, String learnerEmail) {
        return new IssueCertificate(academy.id(), new CourseId(UUID.randomUUID()), new CourseRunId(UUID.randomUUID()),
                new EnrolmentId(UUID.randomUUID()), idOf(learnerEmail), Instant.parse("2026-03-14T15:30:00Z"),
                COURSE_TITLE, "20 hours");
    }

    CertificateView issue(AcademySummary academy, String learnerEmail) {
        return certificates.issue(completion(academy, learnerEmail));
    }

    String statusOf(String number) {
        return jdbc.queryForObject("SELECT status FROM certificate WHERE number = ?", String.class, number);
    }

    int auditEntries(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'academy.revoke-certificate'"
                + " AND subject_id = ?", Integer.class, number);
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
