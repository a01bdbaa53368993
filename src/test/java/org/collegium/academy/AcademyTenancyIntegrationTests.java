package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator of one academy can neither read nor change another academy's private data, by page or API.
 */
@CollegiumIntegrationTest
class AcademyTenancyIntegrationTests {

    private final MockMvc mvc;
    private final Academies academies;
    private final AcademyStaff staff;
    private final AcademyFixtures fixtures;

    private String adminOfA;
    private String adminOfB;
    private AcademySummary a;
    private AcademySummary b;

    @Autowired
    AcademyTenancyIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users) {
        this.mvc = mvc;
        this.academies = academies;
        this.staff = staff;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
    }

    @BeforeEach
    void twoAcademies() {
        adminOfA = fixtures.account("admin-a");
        adminOfB = fixtures.account("admin-b");
        a = fixtures.academy(adminOfA);
        b = fixtures.academy(adminOfB);
    }

    @Test
    void anAdministratorManagesTheirOwnAcademy() throws Exception {
        mvc.perform(get("/academies/{slug}/manage", a.slug()).with(fixtures.as(adminOfA))).andExpect(status().isOk());
        mvc.perform(get("/academies/{slug}/manage/staff", a.slug()).with(fixtures.as(adminOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(adminOfA)));
        mvc.perform(get("/api/v1/academies/{slug}/staff", a.slug()).with(fixtures.as(adminOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value(adminOfA))
                .andExpect(jsonPath("$[0].role").value("ACADEMY_ADMINISTRATOR"));
    }

    @Test
    void anAdministratorOfAnotherAcademyCannotReadItsPrivatePages() throws Exception {
        mvc.perform(get("/academies/{slug}/manage", b.slug()).with(fixtures.as(adminOfA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/academies/{slug}/manage/staff", b.slug()).with(fixtures.as(adminOfA)))
                .andExpect(status().isForbidden());
        String body = mvc.perform(get("/api/v1/academies/{slug}/staff", b.slug()).with(fixtures.as(adminOfA)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(adminOfB);
    }

    @Test
    void anAdministratorOfAnotherAcademyCannotChangeItAndNothingIsWritten() throws Exception {
        String victim = fixtures.account("victim");
        mvc.perform(post("/academies/{slug}/manage", b.slug()).with(fixtures.as(adminOfA)).with(csrf())
                        .param("name", "Taken over").param("languages", "en").param("accentColour", "#000000")
                        .param("descriptionLanguage", "en").param("description", "Defaced"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/academies/{slug}/manage/logo", b.slug())
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", TestImages.png(20, 20)))
                        .with(fixtures.as(adminOfA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academies/{slug}/manage/staff", b.slug()).with(fixtures.as(adminOfA)).with(csrf())
                        .param("email", adminOfA).param("role", "ACADEMY_ADMINISTRATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academies/{slug}/manage/staff", b.slug()).with(fixtures.as(adminOfA)).with(csrf())
                        .param("email", victim).param("role", "FACILITATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academies/{slug}/manage/staff/remove", b.slug()).with(fixtures.as(adminOfA)).with(csrf())
                        .param("account", fixtures.idOf(adminOfB).value().toString())
                        .param("role", "ACADEMY_ADMINISTRATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academies/{slug}/manage/logo/remove", b.slug()).with(fixtures.as(adminOfA)).with(csrf()))
                .andExpect(status().isForbidden());

        AcademySummary after = academies.findBySlug(b.slug()).orElseThrow();
        assertThat(after).isEqualTo(b);
        assertThat(academies.logo(b.slug())).isEmpty();
        assertThat(staff.holds(b.id(), fixtures.idOf(adminOfA), Role.ACADEMY_ADMINISTRATOR)).isFalse();
        assertThat(staff.holds(b.id(), fixtures.idOf(victim), Role.FACILITATOR)).isFalse();
        assertThat(staff.holds(b.id(), fixtures.idOf(adminOfB), Role.ACADEMY_ADMINISTRATOR)).isTrue();
    }

    @Test
    void theFacadeRefusesTooWhateverTheAddressSaid() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> academies.update(fixtures.idOf(adminOfA), b.id(),
                        new AcademySettings("Taken over", java.util.Set.of("en"), "#000000", "en", "x")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> staff.staffOf(fixtures.idOf(adminOfA), b.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(academies.findBySlug(b.slug()).orElseThrow().name()).isEqualTo(b.name());
    }

    @Test
    void facilitatorsLearnersAndOthersMayNotManage() throws Exception {
        String facilitator = fixtures.account("facilitator");
        staff.appoint(fixtures.idOf(adminOfB), b.id(), facilitator, Role.FACILITATOR);
        String learner = fixtures.account("learner");
        staff.registerLearner(b.id(), fixtures.idOf(learner));
        for (String someone : new String[] {facilitator, learner, fixtures.account("stranger")}) {
            mvc.perform(get("/academies/{slug}/manage", b.slug()).with(fixtures.as(someone)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/academies/{slug}/staff", b.slug()).with(fixtures.as(someone)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndRefusedByTheApi() throws Exception {
        mvc.perform(get("/academies/{slug}/manage", b.slug())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/academies/{slug}/manage/staff", b.slug()).with(csrf()).param("email", "x@example.org")
                        .param("role", "FACILITATOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/academies/{slug}/staff", b.slug()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void platformAdministratorsMayManageEveryAcademy() throws Exception {
        String platform = fixtures.platformAdministrator();
        mvc.perform(get("/academies/{slug}/manage/staff", b.slug()).with(fixtures.as(platform)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/academies/{slug}/staff", b.slug()).with(fixtures.as(platform)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value(adminOfB));
    }
}
