package org.collegium.exchange.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.practitioner.Availability;
import org.collegium.exchange.practitioner.PractitionerFixtures;
import org.collegium.exchange.practitioner.PractitionerProfile;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ranking pages with their reasons in the viewer's language, and who is kept out of them. */
@CollegiumIntegrationTest
class MatchingPagesIntegrationTests {

    private final MockMvc mvc;
    private final PractitionerFixtures fixtures;
    private final Practitioners practitioners;
    private final Accounts accounts;
    private final MatchingFixtures request;

    private OrganisationSummary utrecht;
    private String focalPoint;
    private String secretariat;
    private String name;

    @Autowired
    MatchingPagesIntegrationTests(MockMvc mvc, Practitioners practitioners, Programmes programmes, Calls calls,
            ExpertiseRequests requests, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users) {
        this.mvc = mvc;
        this.practitioners = practitioners;
        this.accounts = accounts;
        this.fixtures = new PractitionerFixtures(accounts, roles, editing, users);
        this.request = new MatchingFixtures(fixtures, programmes, calls, requests);
    }

    @BeforeEach
    void aHeadOfHumanResourcesInUtrecht() {
        utrecht = fixtures.summary(OrganisationKind.LOCAL_GOVERNMENT, "NL");
        focalPoint = fixtures.email("focal");
        fixtures.focalPoint(fixtures.idOf(focalPoint), utrecht.id());
        AccountId marieke = fixtures.account("marieke");
        fixtures.member(marieke, utrecht.id());
        practitioners.save(marieke, marieke, new PractitionerProfile(utrecht.id(), "Head of HR",
                "head-of-human-resources", null, Set.of(), List.of(new SpokenLanguage("en", LanguageLevel.C1)),
                null, List.of(new Availability(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 4, 10)))));
        name = accounts.find(marieke).orElseThrow().displayName();
        secretariat = accounts.find(request.secretariat).orElseThrow().email();
    }

    @Test
    void showsTheSecretariatTheRankedCandidatesWithTheirReasons() throws Exception {
        String path = "/exchange/requests/" + request.request.value() + "/candidates";

        assertThat(page(get(path).with(fixtures.as(secretariat)))).contains(name)
                .contains("same function: Head of human resources").contains("shares English (C1)")
                .contains("available in March 2027");
        assertThat(page(get(path).with(fixtures.as(secretariat)).cookie(new Cookie("collegium_lang", "fr"))))
                .contains("même fonction : Directeur·rice des ressources humaines").contains("parle Anglais (C1)")
                .contains("disponible en mars 2027");
    }

    @Test
    void keepsEveryoneButTheProgrammesSecretariatOutOfTheCandidates() throws Exception {
        String path = "/exchange/requests/" + request.request.value() + "/candidates";

        mvc.perform(get(path).with(fixtures.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/requests/" + UUID.randomUUID() + "/candidates").with(fixtures.as(secretariat)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
    }

    @Test
    void showsTheFocalPointTheRequestsItsPeopleFit() throws Exception {
        String path = "/directory/" + utrecht.slug() + "/fitting-requests";

        assertThat(page(get(path).with(fixtures.as(focalPoint)))).contains(name)
                .contains("same function: Head of human resources");
        mvc.perform(get(path).with(fixtures.as(secretariat))).andExpect(status().isForbidden());
    }

    @Test
    void letsSecretariatsSearchTheRegistry() throws Exception {
        String found = page(get("/exchange/practitioners").param("function", "head-of-human-resources")
                .param("country", "NL").param("language", "en").with(fixtures.as(secretariat)));

        assertThat(found).contains(name).contains("same function: Head of human resources");
        assertThat(page(get("/exchange/practitioners").param("function", "mayor").param("country", "NL")
                .with(fixtures.as(secretariat)))).doesNotContain(name);
        mvc.perform(get("/exchange/practitioners").with(fixtures.as(focalPoint))).andExpect(status().isForbidden());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
