package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.HarvestPage;
import org.collegium.library.resource.HarvestQuery;
import org.collegium.library.resource.ResourceHarvest;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.persistence.EntityManagerFactory;

/** Harvest pages are read whole in a fixed number of queries, however many records they hold. */
@CollegiumIntegrationTest
class ResourceHarvestIntegrationTests {

    private final ResourceHarvest harvest;
    private final LibraryTestData data;
    private final PublishedResources library;
    private final EntityManagerFactory entities;

    @Autowired
    ResourceHarvestIntegrationTests(ResourceHarvest harvest, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc, EntityManagerFactory entities) {
        this.harvest = harvest;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.library = new PublishedResources(resources, jdbc);
        this.entities = entities;
    }

    @Test
    void aPageOfAHundredRecordsCostsAFixedNumberOfQueries() {
        OrganisationSummary network = data.network("Batch");
        AccountId member = data.idOf(data.member());
        for (int i = 0; i < 100; i++) {
            library.published(member, LibraryTestData.caseStudy(network, "Lot " + i), Instant.parse("2002-01-01T00:00:00Z"));
        }
        HarvestQuery query = new HarvestQuery(null, null, null, network.id(), null, null, false, false);
        Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            HarvestPage page = harvest.changes(query, null, 100);

            assertThat(page.resources()).hasSize(100);
            assertThat(page.more()).isFalse();
            assertThat(page.completeListSize()).isEqualTo(100);
            assertThat(page.resources()).allSatisfy(resource -> assertThat(resource.sections()).hasSize(3));
            assertThat(statistics.getPrepareStatementCount()).as("statements for a page of 100 records")
                    .isLessThanOrEqualTo(20);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
