package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.Roles;
import org.collegium.library.LanguageVersion;
import org.collegium.library.LibraryTestData;
import org.collegium.library.Publication;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** The search page (full, htmx fragment, plain form), suggestions, the JSON API and the index rebuild page. */
@CollegiumIntegrationTest
class LibrarySearchPagesIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final LibraryTestData data;
    private final Editorial editorial;
    private Publication publication;
    private final IndexRebuild rebuild;

    private OrganisationSummary network;
    private AccountId member;
    private String marker;

    @Autowired
    LibrarySearchPagesIntegrationTests(MockMvc mvc, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, Editorial editorial, EntityManager entityManager,
            PlatformTransactionManager transactions, IndexRebuild rebuild) {
        this.mvc = mvc;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.editorial = editorial;
        this.rebuild = rebuild;
    }

    @BeforeEach
    void twoPublishedResources() {
        network = data.network("ALGA");
        member = data.idOf(data.member());
        publication = new Publication(editorial, member, data.idOf(data.administrator()));
        marker = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36)
                .replaceAll("[0-9aeiouy]", "k");
        published("Évaluation participative " + marker, "BJ", "L’évaluation <b>participative</b> à Dogbo.");
        published("Guide de planification " + marker, "ML", "Planifier la coopération décentralisée.");
    }

    @Test
    void thePageShowsResultsFacetsAndHighlightedPassagesWithoutJavaScript() throws Exception {
        mvc.perform(get("/library").param("q", "evaluation " + marker).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<form id=\"library-search\""),
                        containsString("action=\"/library\""), containsString("Évaluation participative " + marker),
                        containsString("<mark>L’évaluation</mark>"), containsString("&lt;b&gt;participative"),
                        containsString("Une ressource trouvée"), containsString("Pays"),
                        containsString("name=\"country\""), containsString("value=\"BJ\""), containsString("Bénin (1)"),
                        not(containsString("Guide de planification")))));
    }

    @Test
    void thePlainFormFiltersByFacetAndKeepsTheChoiceChecked() throws Exception {
        mvc.perform(get("/library").param("q", marker).param("country", "ML").param("sort", "date")
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Guide de planification " + marker),
                        not(containsString("Évaluation participative " + marker)),
                        containsString("value=\"ML\" checked"), containsString("Benin (1)"),
                        containsString("<option value=\"date\" selected"))));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/library").param("q", marker).header("HX-Request", "true").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""),
                        containsString("2 ressources trouvées"), not(containsString("<html")),
                        not(containsString("<h1")))));
    }

    @Test
    void queryGarbageGivesAMessageNotAnError() throws Exception {
        mvc.perform(get("/library").param("q", "((( ||| \"\"\" ~~~").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez au moins un mot")));
        mvc.perform(get("/library").param("q", "\u0000\u0001" + marker + "(((").param("page", "-3")
                        .param("sort", "<script>").param("year", "x".repeat(500)))
                .andExpect(status().isOk());
    }

    @Test
    void suggestsTitlesAsOneTypes() throws Exception {
        mvc.perform(get("/library/suggestions").param("q", "planif " + marker.substring(0, 5))
                        .header("HX-Request", "true").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"suggestions\""),
                        containsString("Guide de planification " + marker), not(containsString("<html")))));
    }

    @Test
    void theApiAnswersResultsWithFacetsAndSnippets() throws Exception {
        mvc.perform(get("/api/v1/library/search").param("q", marker).param("country", "BJ")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].title").value("Évaluation participative " + marker))
                .andExpect(jsonPath("$.results[0].kind").value("CASE_STUDY"))
                .andExpect(jsonPath("$.facets.country[?(@.value == 'ML')].count").value(1))
                .andExpect(jsonPath("$.facets.country[?(@.value == 'BJ')].chosen").value(true));
        mvc.perform(get("/api/v1/library/search").param("q", "evaluation " + marker))
                .andExpect(jsonPath("$.results[0].snippets[0]").value(containsString("<mark>")));
    }

    @Test
    void theApiRefusesASearchItCannotRunWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/library/search").param("q", "\"\"\" ((( ---").locale(Locale.FRENCH))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.q").value(containsString("Saisissez au moins un mot")));
    }

    @Test
    void theOpenApiDocumentDescribesTheSearchAndStaysValid() throws Exception {
        String json = mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        var search = result.getOpenAPI().getPaths().get("/api/v1/library/search").getGet();
        assertThat(search.getParameters()).extracting(parameter -> parameter.getName())
                .contains("q", "kind", "theme", "sdg", "sendai", "country", "region", "language", "year",
                        "organisation", "sort", "page");
        assertThat(search.getResponses()).containsKeys("200", "400");
    }

    @Test
    void onlyPlatformAdministratorsRebuildTheIndexAndSeeItsProgress() throws Exception {
        mvc.perform(get("/library/admin/index")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/library/admin/index").with(user(data.user(data.member())))).andExpect(status().isForbidden());
        mvc.perform(post("/library/admin/index").with(csrf()).with(user(data.user(data.member()))))
                .andExpect(status().isForbidden());
        var administrator = user(data.user(data.administrator()));

        mvc.perform(post("/library/admin/index").with(csrf()).with(administrator))
                .andExpect(status().is3xxRedirection());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (rebuild.progress().running() && Instant.now().isBefore(deadline)) {
            mvc.perform(get("/library/admin/index").header("HX-Request", "true").with(administrator))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"progress\""), not(containsString("<h1")))));
            Thread.sleep(200);
        }

        assertThat(rebuild.progress().state()).isEqualTo(IndexRebuild.State.FINISHED);
        assertThat(rebuild.progress().done()).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/library/admin/index").with(administrator).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rebuilt: ")));
        mvc.perform(get("/api/v1/library/search").param("q", marker))
                .andExpect(jsonPath("$.total").value(2));
    }

    private ResourceId published(String title, String country, String summary) {
        ResourceDraft example = LibraryTestData.caseStudy(network, title);
        ResourceId id = resources.draft(member, new ResourceDraft(ResourceKind.CASE_STUDY, network.id(), "fr",
                Map.of("fr", new LanguageVersion(title, summary, Map.of())), example.creators(), "UCLG Africa",
                LocalDate.of(2022, 3, 1), Set.of("fr"), Set.of(country), Set.of(Region.AFRICA),
                Set.of(ExpertiseTopic.DECENTRALISED_COOPERATION), Set.of(11), Set.of(), Set.of(), Set.of(),
                example.licence(), null, List.of(), example.contact()));
        publication.publish(id);
        return id;
    }
}
