package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The look-ups the cohort view, figures and messages make with the ids of a whole cohort take more ids than
 * PostgreSQL's driver allows bind parameters in one statement (65,535): they are split into chunks, and what exists
 * among them is found.
 */
@CollegiumIntegrationTest
class ChunkedLookupsIntegrationTests {

    private static final int MORE_THAN_BIND_PARAMETERS = 70_000;

    private final AcademyFixtures fixtures;
    private final CourseFixtures courseFixtures;
    private final Accounts accounts;
    private final Directory directory;
    private final Courses courses;
    private final JdbcTemplate jdbc;

    @Autowired
    ChunkedLookupsIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Courses courses, CourseRuns runs, Directory directory) {
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
        this.courseFixtures = new CourseFixtures(fixtures, courses, runs, staff);
        this.accounts = accounts;
        this.directory = directory;
        this.courses = courses;
        this.jdbc = jdbc;
    }

    private static List<UUID> unknown() {
        List<UUID> ids = new ArrayList<>(MORE_THAN_BIND_PARAMETERS);
        for (int i = 0; i < MORE_THAN_BIND_PARAMETERS; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    @Test
    void accountsAffiliationsAndLanguagesOfSeventyThousandIds() {
        AccountId known = fixtures.idOf(fixtures.account("chunked"));
        jdbc.update("UPDATE account SET country = 'SN' WHERE id = ?", known.value());
        List<AccountId> ids = Stream.concat(unknown().stream().map(AccountId::new), Stream.of(known)).toList();

        Instant started = Instant.now();
        assertThat(accounts.findAll(ids)).containsOnlyKeys(known);
        assertThat(accounts.affiliationsOf(ids)).containsOnlyKeys(known);
        assertThat(accounts.affiliationsOf(ids).get(known).country()).isEqualTo("SN");
        assertThat(accounts.languagesOf(ids)).containsOnlyKeys(known);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void organisationsAndCoursesOfSeventyThousandIds() {
        String admin = fixtures.account("chunked-admin");
        AcademySummary academy = fixtures.academy(admin);
        CourseId course = courseFixtures.course(fixtures.idOf(admin), academy, true).id();
        UUID organisation = jdbc.queryForObject("SELECT organisation_id FROM academy WHERE id = ?", UUID.class,
                academy.id().value());

        List<UUID> unknown = unknown();
        assertThat(directory.findAll(Stream.concat(unknown.stream(), Stream.of(organisation))
                .map(OrganisationId::new).toList())).containsOnlyKeys(new OrganisationId(organisation));
        assertThat(courses.findAll(Stream.concat(unknown.stream(), Stream.of(course.value())).map(CourseId::new)
                .toList())).containsOnlyKeys(course);
    }
}
