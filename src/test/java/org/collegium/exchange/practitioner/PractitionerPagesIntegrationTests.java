package org.collegium.exchange.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The practitioner pages: a person writes their own profile (rows that grow without JavaScript, refusals next to the
 * field in their language, keeping what was typed, and nothing written), a focal point lists and writes its members'
 * profiles, and everyone else is kept out.
 */
@CollegiumIntegrationTest
class PractitionerPagesIntegrationTests {

    private final MockMvc mvc;
    private final PractitionerFixtures fixtures;
    private final Practitioners practitioners;
    private final JdbcTemplate jdbc;

    private OrganisationSummary utrecht;
    private String marieke;
    private AccountId mariekeId;
    private String focalPoint;

    @Autowired
    PractitionerPagesIntegrationTests(MockMvc mvc, Practitioners practitioners, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.practitioners = practitioners;
        this.fixtures = new PractitionerFixtures(accounts, roles, editing, users);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aMunicipalityWithAMemberAndAFocalPoint() {
        utrecht = fixtures.summary(OrganisationKind.LOCAL_GOVERNMENT, "NL");
        marieke = fixtures.email("marieke");
        mariekeId = fixtures.idOf(marieke);
        fixtures.member(mariekeId, utrecht.id());
        focalPoint = fixtures.email("focal");
        fixtures.focalPoint(fixtures.idOf(focalPoint), utrecht.id());
    }

    /** The form filled in full; each pair of strings replaces (or adds) a field. */
    private MockHttpServletRequestBuilder filled(String path, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisation", utrecht.id().value().toString());
        fields.put("jobTitle", "Head of HR");
        fields.put("function", "head-of-human-resources");
        fields.put("responsibilities", "Recruitment");
        fields.put("topics", "human-resources-management");
        fields.put("languages[0].code", "en");
        fields.put("languages[0].level", "C1");
        fields.put("languages[1].code", "");
        fields.put("languages[1].level", "");
        fields.put("availability[0].from", "2027-03-01");
        fields.put("availability[0].to", "2027-03-31");
        fields.put("internationalExperience", "Kampala 2019");
        fields.put("action", "save");
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aPersonWritesTheirOwnProfile() throws Exception {
        String form = page(get("/account/practitioner").with(fixtures.as(marieke)));
        assertThat(form).contains("name=\"languages[0].code\"").contains("Head of human resources")
                .contains(utrecht.name());

        mvc.perform(filled("/account/practitioner").with(fixtures.as(marieke)))
                .andExpect(redirectedUrl("/account/practitioner"));

        PractitionerView saved = practitioners.find(mariekeId).orElseThrow();
        assertThat(saved.function()).isEqualTo("head-of-human-resources");
        assertThat(saved.languages()).hasSize(1);
        assertThat(saved.availability()).hasSize(1);
        assertThat(page(get("/account/practitioner").with(fixtures.as(marieke))))
                .contains("value=\"Head of HR\"").contains("name=\"languages[1].code\"").doesNotContain("languages[2]");
    }

    @Test
    void addsRowsWithoutSaving() throws Exception {
        String page = page(filled("/account/practitioner", "action", "more", "languages[1].code", "fr",
                "languages[1].level", "B1").with(fixtures.as(marieke)));

        assertThat(page).contains("name=\"languages[2].code\"").contains("name=\"availability[1].from\"");
        assertThat(practitioners.find(mariekeId)).isEmpty();
    }

    @Test
    void showsARefusalNextToTheFieldInTheViewersLanguageAndWritesNothing() throws Exception {
        String page = page(filled("/account/practitioner", "function", "astronaut", "jobTitle", "Cheffe RH")
                .with(fixtures.as(marieke)).cookie(new Cookie("collegium_lang", "fr")));

        assertThat(page).contains("id=\"function-error\"").contains("Choisissez une fonction dans la liste.")
                .contains("value=\"Cheffe RH\"");
        assertThat(rows()).isZero();

        String dates = page(filled("/account/practitioner", "availability[0].to", "2027-02-01")
                .with(fixtures.as(marieke)));
        assertThat(dates).contains("id=\"availability-error\"");
        assertThat(rows()).isZero();
    }

    @Test
    void tellsAPersonWithoutAGovernmentThatTheyHaveNoProfile() throws Exception {
        String stranger = fixtures.email("stranger");
        fixtures.member(fixtures.idOf(stranger), fixtures.organisation(OrganisationKind.UNIVERSITY, "NL"));

        assertThat(page(get("/account/practitioner").with(fixtures.as(stranger))))
                .contains("A practitioner profile belongs to a local or regional government").doesNotContain("<form action=\"/account/practitioner\"");
        mvc.perform(get("/account/practitioner")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFocalPointListsAndWritesItsMembersProfiles() throws Exception {
        String path = "/directory/" + utrecht.slug() + "/practitioners";
        assertThat(page(get(path).with(fixtures.as(focalPoint)))).contains("Write the profile of Person marieke");

        mvc.perform(filled(path + "/" + mariekeId.value()).with(fixtures.as(focalPoint))).andExpect(redirectedUrl(path));

        assertThat(page(get(path).with(fixtures.as(focalPoint)))).contains("Head of HR");
        assertThat(page(get(path + "/" + mariekeId.value()).with(fixtures.as(focalPoint)))).contains("value=\"Head of HR\"");
    }

    @Test
    void keepsEveryoneElseOutOfTheOrganisationsPages() throws Exception {
        String path = "/directory/" + utrecht.slug() + "/practitioners";
        OrganisationSummary ghent = fixtures.summary(OrganisationKind.LOCAL_GOVERNMENT, "BE");
        String otherFocal = fixtures.email("other-focal");
        fixtures.focalPoint(fixtures.idOf(otherFocal), ghent.id());
        String outsider = fixtures.email("outsider");
        fixtures.member(fixtures.idOf(outsider), ghent.id());

        for (String intruder : List.of(otherFocal, marieke, outsider)) {
            mvc.perform(get(path).with(fixtures.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(get(path + "/" + mariekeId.value()).with(fixtures.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(filled(path + "/" + mariekeId.value()).with(fixtures.as(intruder))).andExpect(status().isForbidden());
        }
        mvc.perform(get(path + "/" + fixtures.idOf(outsider).value()).with(fixtures.as(focalPoint)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path + "/not-an-id").with(fixtures.as(focalPoint))).andExpect(status().isNotFound());
        mvc.perform(filled(path + "/" + fixtures.idOf(outsider).value()).with(fixtures.as(focalPoint)))
                .andExpect(status().isNotFound());
        assertThat(rows()).isZero();
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_practitioner WHERE account_id = ?", Integer.class,
                mariekeId.value());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
