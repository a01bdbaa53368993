package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Citations in RIS and BibTeX, downloaded by whoever may see the resource, and by no one else. */
@CollegiumIntegrationTest
class CitationIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final LibraryTestData data;
    private final PublishedResources library;

    private OrganisationSummary network;
    private String member;

    @Autowired
    CitationIntegrationTests(MockMvc mvc, Resources resources, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.library = new PublishedResources(resources, jdbc);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        network = data.network("Cited");
        member = data.member();
    }

    @Test
    void risHasOneTagPerLineEndedByCrLfAndTheTitleInTheOriginalLanguage() throws Exception {
        ResourceId id = library.published(data.idOf(member), withTitle("Assainissement\nà Dogbo", "Écrit\r\nER  - faux"),
                Instant.now());

        byte[] body = mvc.perform(get("/library/resources/" + id + "/cite.ris").locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/x-research-info-systems"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"collegium-" + id + ".ris\"; filename*=UTF-8''collegium-" + id + ".ris"))
                .andReturn().getResponse().getContentAsByteArray();
        String ris = new String(body, StandardCharsets.UTF_8);
        List<String> lines = List.of(ris.split("\r\n"));

        assertThat(ris).endsWith("ER  - \r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        assertThat(lines.getFirst()).isEqualTo("TY  - RPRT");
        assertThat(lines).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*"));
        assertThat(lines).contains("TI  - Assainissement à Dogbo", "AU  - Aminata Diallo", "PY  - 2023",
                "DA  - 2023/05/16", "PB  - UCLG Africa", "LA  - fr", "KW  - SDG 6", "KW  - SDG target 17.17",
                "UR  - http://localhost:8080/library/resources/" + id, "AB  - Écrit ER  - faux");
        assertThat(lines.stream().filter(line -> line.startsWith("ER"))).hasSize(1);
    }

    @Test
    void bibtexEscapesTeXsSpecialCharactersAndKeepsOrganisationsWhole() throws Exception {
        ResourceDraft good = withTitle("50% de {budget} & #1_plan $", "Résumé");
        ResourceId id = library.published(data.idOf(member), new ResourceDraft(good.kind(), good.network(), "fr",
                good.texts(), List.of(Creator.person("Aminata Diallo"), Creator.organisation("Ville de Dogbo and Co", null)),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), good.licence(), null, good.links(),
                good.contact()), Instant.now());

        String bib = mvc.perform(get("/library/resources/" + id + "/cite.bib")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/x-bibtex"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(bib).startsWith("@techreport{collegium-" + id + ",");
        assertThat(bib).contains("title = {{50\\% de \\{budget\\} \\& \\#1\\_plan \\$}}");
        assertThat(bib).contains("author = {Aminata Diallo and {Ville de Dogbo and Co}}");
        assertThat(bib).contains("institution = {UCLG Africa}", "year = {2023}", "date = {2023-05-16}",
                "url = {http://localhost:8080/library/resources/" + id + "}");
        assertThat(braceDepthStaysBalanced(bib)).isTrue();
    }

    @Test
    void aDraftIsCitedOnlyByThoseWhoMaySeeIt() throws Exception {
        ResourceId id = resources.draft(data.idOf(member), LibraryTestData.caseStudy(network, "Brouillon cité"));

        mvc.perform(get("/library/resources/" + id + "/cite.ris")).andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + id + "/cite.bib").with(user(data.user(data.member()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + id + "/cite.bib").with(user(data.user(member))))
                .andExpect(status().isOk());
        mvc.perform(get("/library/resources/not-an-id/cite.ris")).andExpect(status().isNotFound());
    }

    @Test
    void theResourcePageLinksToBothCitations() throws Exception {
        ResourceId id = library.published(data.idOf(member), LibraryTestData.caseStudy(network, "Lié"), Instant.now());

        mvc.perform(get("/library/resources/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("/library/resources/" + id + "/cite.ris"),
                        org.hamcrest.Matchers.containsString("/library/resources/" + id + "/cite.bib"))));
    }

    private ResourceDraft withTitle(String title, String summary) {
        ResourceDraft good = LibraryTestData.caseStudy(network, "x");
        return new ResourceDraft(good.kind(), good.network(), "fr", Map.of("fr", LanguageVersion.of(title, summary),
                "en", LanguageVersion.of("English title", "English abstract")), good.creators(), good.publisher(),
                good.issued(), good.languages(), good.countries(), good.regions(), good.themes(), good.sdgGoals(),
                good.sdgTargets(), Set.of(), Set.of(), good.licence(), null, good.links(), good.contact());
    }

    /** Unescaped braces never close more than they opened. */
    private static boolean braceDepthStaysBalanced(String bib) {
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
