package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org description a resource page carries as JSON-LD, parsed back as JSON. */
@CollegiumIntegrationTest
class ResourceJsonLdIntegrationTests {

    private static final Pattern SCRIPT = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private final MockMvc mvc;
    private final Resources resources;
    private final LibraryTestData data;
    private final PublishedResources library;

    private OrganisationSummary network;
    private AccountId member;

    @Autowired
    ResourceJsonLdIntegrationTests(MockMvc mvc, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.library = new PublishedResources(resources, jdbc);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        network = data.network("Linked data");
        member = data.idOf(data.member());
    }

    @Test
    void aCaseStudyIsAReportWithItsDublinCoreDescription() throws Exception {
        ResourceDraft good = LibraryTestData.caseStudy(network, "Assainissement à Dogbo");
        ResourceDraft draft = new ResourceDraft(good.kind(), good.network(), "fr", good.texts(), good.creators(),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                Set.of(11), Set.of("11.3"), Set.of(2), Set.of("E"), good.licence(), null, good.links(), good.contact());
        ResourceId id = resources.draft(member, draft);
        resources.attach(member, id, new StoredUpload("jsonld-" + id + ".pdf", "Rapport.pdf", "application/pdf", 4096, ""));
        library.move(id, ResourceStatus.PUBLISHED, Instant.now());

        JsonNode json = jsonLd(id);

        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asString()).isEqualTo("Report");
        assertThat(json.get("url").asString()).isEqualTo("http://localhost:8080/library/resources/" + id);
        assertThat(json.get("identifier").get("value").asString()).isEqualTo(id.toString());
        assertThat(json.get("name").asString()).isEqualTo("Assainissement à Dogbo");
        assertThat(json.get("description").asString()).isEqualTo("Coopération décentralisée pour l’assainissement.");
        assertThat(json.get("author").get(0).get("@type").asString()).isEqualTo("Person");
        assertThat(json.get("author").get(0).get("name").asString()).isEqualTo("Aminata Diallo");
        assertThat(json.get("publisher").get("name").asString()).isEqualTo("UCLG Africa");
        assertThat(json.get("datePublished").asString()).isEqualTo("2023-05-16");
        assertThat(json.get("inLanguage").get(0).asString()).isEqualTo("fr");
        assertThat(json.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(json.get("spatialCoverage").get(0).get("@type").asString()).isEqualTo("Place");
        assertThat(json.get("spatialCoverage").get(0).get("address").get("addressCountry").asString()).isEqualTo("BJ");
        assertThat(json.get("isPartOf").get("name").asString()).isEqualTo(network.name());
        assertThat(json.get("encoding").get(0).get("encodingFormat").asString()).isEqualTo("application/pdf");
        assertThat(json.get("encoding").get(0).get("contentUrl").asString())
                .startsWith("http://localhost:8080/library/resources/" + id + "/files/");
        List<String> about = json.get("about").valueStream().map(term -> term.get("name").asString()).toList();
        assertThat(about).contains("SDG 11: Sustainable cities and communities", "SDG target 11.3",
                "Decentralised cooperation", "Sendai Framework target E");
        assertThat(json.get("about").valueStream()).allMatch(term -> term.get("@type").asString().equals("DefinedTerm"));
    }

    @Test
    void markupThatWouldCloseTheScriptIsEscapedAndReadsBackUnchanged() throws Exception {
        String title = "</script><script>alert(1)</script> & co";
        ResourceDraft good = LibraryTestData.caseStudy(network, "x");
        ResourceId id = library.published(member, new ResourceDraft(good.kind(), good.network(), "fr",
                Map.of("fr", LanguageVersion.of(title, "")), good.creators(), good.publisher(), good.issued(),
                good.languages(), good.countries(), good.regions(), good.themes(), good.sdgGoals(), good.sdgTargets(),
                Set.of(), Set.of(), good.licence(), null, good.links(), good.contact()), Instant.now());

        String page = page(id);
        Matcher script = SCRIPT.matcher(page);
        assertThat(script.find()).isTrue();
        assertThat(script.group(1)).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
        assertThat(JsonMapper.builder().build().readTree(script.group(1)).get("name").asString()).isEqualTo(title);
        assertThat(page).doesNotContain("<script>alert(1)");
    }

    private JsonNode jsonLd(ResourceId id) throws Exception {
        Matcher script = SCRIPT.matcher(page(id));
        assertThat(script.find()).as("the page carries JSON-LD").isTrue();
        return JsonMapper.builder().build().readTree(script.group(1));
    }

    private String page(ResourceId id) throws Exception {
        return mvc.perform(get("/library/resources/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
