package org.collegium.academy.discussion;

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
import org.collegium.academy.EnrolledCourses;
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
 * Unique test data for discussions: an academy with a facilitator and learners, and a course id in it.
 */
final class DiscussionFixtures {

    static final String PASSWORD = "a long and unusual test passphrase 2026";

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final Roles roles;
    private final Academies academies;
    private final AcademyStaff staff;
    private final UserDetailsService users;
    private final EnrolledCourses courses;

    DiscussionFixtures(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies, AcademyStaff staff,
            UserDetailsService users, EnrolledCourses courses) {
        this.courses = courses;
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

    String account(String prefix, Locale language) {
        String email = unique(prefix) + "@discussion-test.example";
        accounts.createConfirmed(email, "Person " + prefix, PASSWORD, language);
        return email;
    }

    AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** A new academy with this facilitator, its learners registered. */
    AcademySummary academy(String facilitator, String... learners) {
        String platform = account("platform", Locale.ENGLISH);
        roles.grant(idOf(platform), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        UUID organisation = UUID.randomUUID();
        jdbc.update("INSERT INTO organisation (id, slug, name, kind, original_language, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                organisation, unique("org"), unique("Association"), "LOCAL_GOVERNMENT_ASSOCIATION", "en",
                Timestamp.from(Instant.now()));
        String slug = unique("disc");
        AcademyId id = academies.create(idOf(platform), new NewAcademy(slug, "Academy " + slug,
                new OrganisationId(organisation), "en", "An academy for discussion tests.", Set.of("en", "fr"),
                "#1f5f8b"));
        if (facilitator != null) {
            staff.appoint(idOf(platform), id, facilitator, Role.FACILITATOR);
        }
        for (String learner : learners) {
            staff.registerLearner(id, idOf(learner));
        }
        return academies.findBySlug(slug).orElseThrow();
    }

    void registerLearner(AcademySummary academy, String learner) {
        staff.registerLearner(academy.id(), idOf(learner));
    }

    /** A published course of the academy, authored by its facilitator, these learners enrolled in its run. */
    EnrolledCourses.Course course(AcademySummary academy, String facilitator, String... learners) {
        Set<AccountId> enrolled = new java.util.LinkedHashSet<>();
        for (String learner : learners) {
            enrolled.add(idOf(learner));
        }
        return courses.create(idOf(facilitator), academy.id(), enrolled);
    }

    void enrol(EnrolledCourses.Course course, String learner) {
        courses.enrol(course, idOf(learner));
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    int posts(UUID threadId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM discussion_post WHERE thread_id = ?", Integer.class, threadId);
    }

    int threads(UUID forumId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM discussion_thread WHERE forum_id = ?", Integer.class, forumId);
    }
}
