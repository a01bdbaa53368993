package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.library.review.ContributionView;
import org.collegium.library.review.Contributions;
import org.collegium.library.review.PeerAnalysis;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Peer analyses and comments on published resources: who adds, edits and hides them, and what the page shows. */
@CollegiumIntegrationTest
class ContributionsIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final Editorial editorial;
    private final Contributions contributions;
    private final JdbcTemplate jdbc;
    private final LibraryTestData data;

    private OrganisationSummary alga;
    private String submitter;
    private String editor;
    private String participant;
    private ResourceId published;

    @Autowired
    ContributionsIntegrationTests(MockMvc mvc, Resources resources, Editorial editorial, Contributions contributions,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.resources = resources;
        this.editorial = editorial;
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.data = new LibraryTestData(accounts, roles, editing, users);
    }

    @BeforeEach
    void aPublishedCaseStudy() {
        alga = data.network("ALGA");
        submitter = data.member();
        editor = data.editorOf(alga);
        participant = data.member();
        published = resources.draft(id(submitter), LibraryTestData.caseStudy(alga, "Étude publiée"));
        editorial.submit(id(submitter), published);
        editorial.publish(id(editor), published);
    }

    @Test
    void aParticipantsPeerAnalysisAndCommentAreShownEscapedWithTheirAuthor() throws Exception {
        mvc.perform(post("/library/resources/" + published + "/analyses").with(csrf()).with(as(participant))
                        .param("strengths", "Élus associés <script>alert(1)</script>")
                        .param("weaknesses", "Budget fragile").param("recommendations", "Prévoir la maintenance"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/library/resources/" + published + "/comments").with(csrf()).with(as(editor))
                .param("body", "Merci pour ce partage.")).andExpect(status().is3xxRedirection());

        String author = data.user(participant).getUsername();
        mvc.perform(get("/library/resources/" + published))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Peer analysis by"),
                        containsString("Élus associés &lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)")), containsString("Budget fragile"),
                        containsString("Prévoir la maintenance"), containsString("Merci pour ce partage."),
                        containsString("Sign in to add a peer analysis"))));
        assertThat(author).isNotBlank();
    }

    @Test
    void aRefusedContributionKeepsWhatWasTypedAndWritesNothing() throws Exception {
        long before = count();

        mvc.perform(post("/library/resources/" + published + "/analyses").with(csrf()).with(as(participant))
                        .param("strengths", " ").param("weaknesses", "").param("recommendations", ""))
                .andExpect(flash().attributeExists("flash", "analysisForm"));
        mvc.perform(post("/library/resources/" + published + "/comments").with(csrf()).with(as(participant))
                        .param("body", "x".repeat(5001)))
                .andExpect(flash().attributeExists("flash", "commentForm"));
        assertThat(count()).isEqualTo(before);

        ResourceId draft = resources.draft(id(submitter), LibraryTestData.caseStudy(alga, "Brouillon"));
        assertThatThrownBy(() -> contributions.comment(id(participant), draft, "Trop tôt"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contributions.comment(id(submitter), draft, "Trop tôt"))
                .isInstanceOfSatisfying(LibraryRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("editorial.refusal.notPublished"));
        assertThatThrownBy(() -> contributions.comment(null, published, "Anonyme"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void authorsEditTheirOwnAndNoOneElses() throws Exception {
        UUID analysis = contributions.analyse(id(participant), published,
                new PeerAnalysis("Forces", "Faiblesses", "Recommandations"));
        UUID comment = contributions.comment(id(participant), published, "Premier commentaire");

        mvc.perform(get("/library/contributions/" + analysis + "/edit").with(as(participant)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Faiblesses")));
        mvc.perform(post("/library/contributions/" + analysis + "/edit").with(csrf()).with(as(participant))
                        .param("strengths", "Forces revues").param("weaknesses", "").param("recommendations", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/library/contributions/" + comment + "/edit").with(csrf()).with(as(participant))
                        .param("body", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the comment.")));
        mvc.perform(get("/library/contributions/" + analysis + "/edit").with(as(editor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/library/contributions/" + comment + "/edit").with(csrf()).with(as(submitter))
                .param("body", "Pas le mien")).andExpect(status().isForbidden());
        mvc.perform(get("/library/contributions/" + UUID.randomUUID() + "/edit").with(as(participant)))
                .andExpect(status().isNotFound());

        assertThat(contributions.on(null, published)).extracting(ContributionView::strengths, ContributionView::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Forces revues", null),
                        org.assertj.core.groups.Tuple.tuple(null, "Premier commentaire"));
        assertThat(contributions.on(null, published).get(0).wasEdited()).isTrue();
    }

    @Test
    void editorsOfTheNetworkHideAContributionFromEveryoneButEditors() throws Exception {
        UUID comment = contributions.comment(id(participant), published, "Publicité hors sujet");
        String otherEditor = data.editorOf(data.network("NALAS"));

        mvc.perform(post("/library/contributions/" + comment + "/hide").with(csrf()).with(as(otherEditor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/library/contributions/" + comment + "/hide").with(csrf()).with(as(participant)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/library/contributions/" + comment + "/hide").with(csrf()).with(as(editor)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/library/resources/" + published))
                .andExpect(content().string(not(containsString("Publicité hors sujet"))));
        mvc.perform(get("/library/resources/" + published).with(as(participant)))
                .andExpect(content().string(not(containsString("Publicité hors sujet"))));
        mvc.perform(get("/library/resources/" + published).with(as(editor)))
                .andExpect(content().string(allOf(containsString("Publicité hors sujet"),
                        containsString("Hidden by an editor"), containsString("Show again"))));

        contributions.moderate(id(editor), comment, false);
        assertThat(contributions.on(null, published)).extracting(ContributionView::body)
                .containsExactly("Publicité hors sujet");
    }

    private AccountId id(String email) {
        return data.idOf(email);
    }

    private RequestPostProcessor as(String email) {
        return user(data.user(email));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from library_contribution", Long.class);
    }
}
