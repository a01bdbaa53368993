package org.collegium;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each integration tier runs on the database it is named after: the H2 tier on H2 even when the PostgreSQL tier's
 * URL is exported in the same shell (Spring would otherwise read it from the environment for every tier).
 */
@CollegiumIntegrationTest
class DatabaseTierIntegrationTests {

    @Autowired DataSource dataSource;

    @Test
    void theTierRunsOnItsOwnDatabase() throws Exception {
        String tier = System.getProperty("collegium.test.tier");
        boolean postgresql = tier == null ? System.getenv("COLLEGIUM_TEST_DATABASE_URL") != null : tier.equals("postgresql");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(postgresql ? "PostgreSQL" : "H2");
        }
    }
}
