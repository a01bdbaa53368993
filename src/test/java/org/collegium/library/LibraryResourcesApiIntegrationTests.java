package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Resources;
import org.collegium.library.resource.StoredUpload;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The read API of published resources, and its place in the OpenAPI document. */
@CollegiumIntegrationTest
class LibraryResourcesApiIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final LibraryTestData data;
    private final PublishedResources library;

    private OrganisationSummary network;
    private AccountId member;

    @Autowired
    LibraryResourcesApiIntegrationTests(MockMvc mvc, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.library = new PublishedResources(resources, jdbc);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        network = data.network("API");
        member = data.idOf(data.member());
    }

    @Test
    void readsAPublishedResourceAsADublinCoreRecordWithItsTextsPerLanguage() throws Exception {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(network, "Assainissement à Dogbo"));
        java.util.UUID file = resources.attach(member, id, new StoredUpload("api-" + id + ".pdf", "Rapport final.pdf",
                "application/pdf", 2048, "")).id();
        library.move(id, ResourceStatus.PUBLISHED, Instant.parse("2024-06-01T10:00:00Z"));

        mvc.perform(get("/api/v1/library/resources/" + id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.identifier").value("http://localhost:8080/library/resources/" + id))
                .andExpect(jsonPath("$.kind").value("CASE_STUDY"))
                .andExpect(jsonPath("$.type").value("Text"))
                .andExpect(jsonPath("$.title.fr").value("Assainissement à Dogbo"))
                .andExpect(jsonPath("$.title.en").value("Assainissement à Dogbo (English)"))
                .andExpect(jsonPath("$.abstract.fr").value("Coopération décentralisée pour l’assainissement."))
                .andExpect(jsonPath("$.creators[0].name").value("Aminata Diallo"))
                .andExpect(jsonPath("$.publisher").value("UCLG Africa"))
                .andExpect(jsonPath("$.date").value("2023-05-16"))
                .andExpect(jsonPath("$.countries[0]").value("BJ"))
                .andExpect(jsonPath("$.subjects.sdgGoals[0]").value(6))
                .andExpect(jsonPath("$.subjects.sdgTargets[0]").value("17.17"))
                .andExpect(jsonPath("$.licence.url").value("https://creativecommons.org/licenses/by/4.0/"))
                .andExpect(jsonPath("$.relations[0].url").value("https://www.uclga.org/"))
                .andExpect(jsonPath("$.network.slug").value(network.slug()))
                .andExpect(jsonPath("$.files[0].name").value("Rapport final.pdf"))
                .andExpect(jsonPath("$.files[0].mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.files[0].download")
                        .value("http://localhost:8080/library/resources/" + id + "/files/" + file))
                .andExpect(jsonPath("$.publishedAt").value("2024-06-01T10:00:00Z"))
                .andExpect(jsonPath("$.contact").doesNotExist());
    }

    @Test
    void listsPublishedResourcesNewestFirstAndNothingElse() throws Exception {
        Instant future = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ResourceId older = library.published(member, LibraryTestData.caseStudy(network, "Plus ancien"), future);
        ResourceId newer = library.published(member, LibraryTestData.caseStudy(network, "Plus récent"),
                future.plusSeconds(60));
        ResourceId draft = resources.draft(member, LibraryTestData.caseStudy(network, "Brouillon"));

        String json = mvc.perform(get("/api/v1/library/resources?size=2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].id").value(newer.toString()))
                .andExpect(jsonPath("$.items[1].id").value(older.toString()))
                .andExpect(jsonPath("$.page.size").value(2))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(draft.toString());
        String all = mvc.perform(get("/api/v1/library/resources?size=100")).andReturn().getResponse().getContentAsString();
        assertThat(all).doesNotContain(draft.toString());
    }

    @Test
    void anUnpublishedOrUnknownResourceIsAProblemDetail() throws Exception {
        ResourceId draft = resources.draft(member, LibraryTestData.caseStudy(network, "Pas publié"));
        ResourceId withdrawn = library.withdrawn(member, LibraryTestData.caseStudy(network, "Retiré"), Instant.now(),
                Instant.now());

        for (String id : new String[] {draft.toString(), withdrawn.toString(), "not-an-id"}) {
            mvc.perform(get("/api/v1/library/resources/" + id))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.type").value("https://collegium.org/problems/not-found"));
        }
        mvc.perform(get("/api/v1/library/resources?size=500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theOpenApiDocumentDescribesTheLibraryAndStaysValid() throws Exception {
        String document = mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/v1/library/resources",
                "/api/v1/library/resources/{id}");
        assertThat(result.getOpenAPI().getComponents().getSchemas().get("LibraryResource").getProperties())
                .containsKeys("title", "abstract", "creators", "files", "subjects");
    }
}
