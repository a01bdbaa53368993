package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.figures.UseFigures;
import org.collegium.library.figures.UseKind;
import org.collegium.library.files.ResourceFiles;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Use figures counted on the real database: page views and downloads per country, never a person, nor a robot, an
 * editor or an unpublished resource; many requests at once lose no count; who sees the figures.
 */
@CollegiumIntegrationTest
class UseFiguresIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final ResourceFiles files;
    private final UseFigures figures;
    private final LibraryTestData data;
    private final JdbcTemplate jdbc;

    private OrganisationSummary alga;
    private String member;
    private ResourceId resource;

    @Autowired
    UseFiguresIntegrationTests(MockMvc mvc, Resources resources, ResourceFiles files, UseFigures figures,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.files = files;
        this.figures = figures;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aResource() {
        alga = data.network("ALGA");
        member = data.member();
        resource = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));
    }

    @Test
    void viewsOfAPublishedResourceCountPerCountryWithoutKeepingWhoViewed() throws Exception {
        publish(resource);
        String reader = data.member();
        jdbc.update("UPDATE account SET country = 'SN' WHERE id = ?", data.idOf(reader).value());

        mvc.perform(get("/library/resources/" + resource)).andExpect(status().isOk());
        mvc.perform(get("/library/resources/" + resource).with(user(data.user(reader)))).andExpect(status().isOk());
        mvc.perform(get("/library/resources/" + resource).with(user(data.user(reader)))).andExpect(status().isOk());

        UseFigures.ResourceFigures found = figures.of(resource);
        assertThat(found.views()).isEqualTo(3);
        assertThat(found.downloads()).isZero();
        assertThat(found.countries()).containsExactly(new UseFigures.CountryFigures("SN", 2, 0),
                new UseFigures.CountryFigures(UseFigures.UNKNOWN, 1, 0));
        assertThat(jdbc.queryForList("SELECT * FROM library_use_figure WHERE resource_id = ?", resource.value()))
                .as("counters only: nothing names the reader")
                .allSatisfy(row -> assertThat(row.keySet()).containsExactlyInAnyOrder("resource_id", "network_id",
                        "used_on", "country", "kind", "uses"));
    }

    @Test
    void downloadsCountToo() throws Exception {
        byte[] pdf = LibraryFixtures.pdf("Rapport");
        files.upload(data.idOf(member), resource, "rapport.pdf", pdf.length, () -> new java.io.ByteArrayInputStream(pdf));
        UUID file = resources.read(data.idOf(member), resource).files().getFirst().id();
        publish(resource);

        mvc.perform(get("/library/resources/" + resource + "/files/" + file)).andExpect(status().isOk());

        assertThat(figures.of(resource).downloads()).isEqualTo(1);
        assertThat(figures.of(resource).views()).isZero();
    }

    @Test
    void robotsEditorsTheSubmitterAndUnpublishedResourcesAreNotCounted() throws Exception {
        mvc.perform(get("/library/resources/" + resource).with(user(data.user(member)))).andExpect(status().isOk());
        publish(resource);
        mvc.perform(get("/library/resources/" + resource).header("User-Agent",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).andExpect(status().isOk());
        mvc.perform(get("/library/resources/" + resource).header("User-Agent", "Some Crawler 1.0"))
                .andExpect(status().isOk());
        mvc.perform(get("/library/resources/" + resource).with(user(data.user(member)))).andExpect(status().isOk());
        mvc.perform(get("/library/resources/" + resource).with(user(data.user(data.editorOf(alga)))))
                .andExpect(status().isOk());

        assertThat(figures.of(resource).views()).isZero();

        mvc.perform(get("/library/resources/" + resource).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)"))
                .andExpect(status().isOk());
        assertThat(figures.of(resource).views()).isEqualTo(1);
    }

    @Test
    void concurrentViewsLoseNoCount() throws Exception {
        publish(resource);
        ResourceView view = resources.read(null, resource);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        figures.record(view, null, "Mozilla/5.0", UseKind.VIEW);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(figures.of(resource).views()).isEqualTo(threads * each);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM library_use_figure WHERE resource_id = ?", Integer.class,
                resource.value())).as("one row per day, country and kind").isEqualTo(1);
    }

    @Test
    void theFiguresPageShowsTotalsAndCountriesAndSaysWhatUnknownMeans() throws Exception {
        publish(resource);
        mvc.perform(get("/library/resources/" + resource)).andExpect(status().isOk());

        mvc.perform(get("/library/resources/" + resource + "/figures").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pays inconnu")))
                .andExpect(content().string(containsString("ni adresse, ni compte, ni cookie")))
                .andExpect(content().string(containsString("<dd class=\"views-total\">1</dd>")));
    }

    @Test
    void aNetworksSummaryIsForItsEditorsOnly() throws Exception {
        publish(resource);
        mvc.perform(get("/library/resources/" + resource)).andExpect(status().isOk());
        String path = "/library/networks/" + alga.slug() + "/figures";

        mvc.perform(get(path).with(user(data.user(data.editorOf(alga)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Assainissement à Dogbo")));
        mvc.perform(get(path).with(user(data.user(data.editorOf(data.network("NALAS"))))))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(user(data.user(member)))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
    }

    private void publish(ResourceId id) {
        jdbc.update("UPDATE library_resource SET status = 'PUBLISHED', published_at = CURRENT_TIMESTAMP WHERE id = ?",
                id.value());
    }
}
