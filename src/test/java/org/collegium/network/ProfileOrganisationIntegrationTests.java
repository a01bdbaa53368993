package org.collegium.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.OrganisationChoice;
import org.collegium.identity.OrganisationChoices;
import org.collegium.identity.Profiles;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The organisation on a profile: typed by name, suggested from the directory, resolved on the server, and the
 * membership role following it.
 */
@CollegiumIntegrationTest
class ProfileOrganisationIntegrationTests {

    private final MockMvc mvc;
    private final NetworkTestData data;
    private final OrganisationChoices choices;
    private final DirectoryEditing editing;
    private final Profiles profiles;
    private final Roles roles;

    @Autowired
    ProfileOrganisationIntegrationTests(MockMvc mvc, DirectoryEditing editing, Accounts accounts, Roles roles,
            UserDetailsService users, OrganisationChoices choices, Profiles profiles) {
        this.mvc = mvc;
        this.data = new NetworkTestData(editing, accounts, roles, users);
        this.choices = choices;
        this.editing = editing;
        this.profiles = profiles;
        this.roles = roles;
    }

    private OrganisationSummary organisation(String name, String acronym) {
        return editing.create((UUID) null, new OrganisationDetails(name, acronym, OrganisationKind.LOCAL_GOVERNMENT,
                "MK", null, null), "en");
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockHttpServletRequestBuilder saveProfile(String organisation) {
        return post("/account/profile").param("displayName", "Ana Stojanovska").param("organisation", organisation)
                .param("jobTitle", "Budget officer").with(csrf());
    }

    @Test
    void findsAnOrganisationByItsExactNameOrAcronymIgnoringCaseAndAccents() {
        String token = token();
        OrganisationSummary bogota = organisation("Alcaldía de Bogotá " + token, "AB" + token);
        organisation("Alcaldía de Bogotá " + token + " Norte", null);

        assertThat(choices.findByName("ALCALDIA  de bogota " + token)).map(OrganisationChoice::id)
                .contains(bogota.id().value());
        assertThat(choices.findByName("ab" + token)).map(OrganisationChoice::id).contains(bogota.id().value());
        assertThat(choices.findByName("Alcaldía de Bogotá")).isEmpty();
        assertThat(choices.findByName(token)).isEmpty();
        assertThat(choices.findByName("  ")).isEmpty();
    }

    @Test
    void findsNoOrganisationWhenTheNameIsAmbiguous() {
        String name = "Twin City " + token();
        organisation(name, null);
        organisation(name, null);
        assertThat(choices.findByName(name)).isEmpty();
    }

    @Test
    void treatsWildcardsInNamesAsText() {
        String token = token();
        organisation("Percent " + token + " Town", null);
        assertThat(choices.findByName("Percent % Town")).isEmpty();
        assertThat(choices.search("Percent_" + token, 10)).isEmpty();
        assertThat(choices.search("percent " + token.toUpperCase(), 10)).hasSize(1);
    }

    @Test
    void suggestsAtMostTenOrganisationsAsOptionsOnly() throws Exception {
        String token = token();
        for (int i = 0; i < 12; i++) {
            organisation("Suggested " + token + " " + i, null);
        }
        String email = data.account();
        String fragment = mvc.perform(get("/account/profile/organisations").param("q", "suggested " + token)
                        .header("HX-Request", "true").with(user(data.user(email))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html", "<datalist", "<form");
        assertThat(fragment.strip()).startsWith("<option");
        Matcher options = Pattern.compile("<option ").matcher(fragment);
        int count = 0;
        while (options.find()) {
            count++;
        }
        assertThat(count).isEqualTo(10);
        assertThat(fragment).contains("value=\"Suggested " + token + " 0\"");

        mvc.perform(get("/account/profile/organisations").param("organisation", "Suggested " + token + " 11")
                        .with(user(data.user(email))))
                .andExpect(content().string(containsString("value=\"Suggested " + token + " 11\"")))
                .andExpect(content().string(not(containsString("value=\"Suggested " + token + " 1\""))));
        mvc.perform(get("/account/profile/organisations").param("q", "")
                .with(user(data.user(email)))).andExpect(content().string(not(containsString("<option"))));
        mvc.perform(get("/account/profile/organisations").param("q", token)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theProfileOffersATextFieldWithSuggestionsInsteadOfEveryOrganisation() throws Exception {
        String email = data.account();
        mvc.perform(get("/account/profile").with(user(data.user(email))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("list=\"organisation-options\"")))
                .andExpect(content().string(containsString("hx-get=\"/account/profile/organisations\"")))
                .andExpect(content().string(containsString("<datalist id=\"organisation-options\"></datalist>")))
                .andExpect(content().string(not(containsString("<select id=\"organisation"))));
    }

    @Test
    void theMembershipFollowsTheOrganisationTypedOnTheProfile() throws Exception {
        String token = token();
        OrganisationSummary a = organisation("Municipality of Alpha " + token, null);
        OrganisationSummary b = organisation("Municipality of Beta " + token, "MB" + token);
        String email = data.account();
        AccountId id = data.idOf(email);

        mvc.perform(saveProfile("municipality of alpha " + token).with(user(data.user(email))))
                .andExpect(redirectedUrl("/account/profile"));
        assertThat(profiles.profile(id).organisationId()).isEqualTo(a.id().value());
        assertThat(roles.scopesOf(id, Role.ORGANISATION_MEMBER)).containsExactly(a.id().value());
        mvc.perform(get("/account/profile").with(user(data.user(email))))
                .andExpect(content().string(containsString("value=\"Municipality of Alpha " + token + "\"")));

        mvc.perform(saveProfile("MB" + token).with(user(data.user(email)))).andExpect(redirectedUrl("/account/profile"));
        assertThat(profiles.profile(id).organisationId()).isEqualTo(b.id().value());
        assertThat(roles.holds(id, Role.ORGANISATION_MEMBER, b.id().value())).isTrue();
        assertThat(roles.holds(id, Role.ORGANISATION_MEMBER, a.id().value())).isFalse();

        mvc.perform(saveProfile("  ").with(user(data.user(email)))).andExpect(redirectedUrl("/account/profile"));
        assertThat(profiles.profile(id).organisationId()).isNull();
        assertThat(roles.scopesOf(id, Role.ORGANISATION_MEMBER)).isEmpty();
    }

    @Test
    void refusesAnUnknownOrAmbiguousNameInTheUsersLanguageKeepingWhatWasTyped() throws Exception {
        String token = token();
        OrganisationSummary a = organisation("Kept Municipality " + token, null);
        String twin = "Twin Municipality " + token;
        organisation(twin, null);
        organisation(twin, null);
        String email = data.account();
        AccountId id = data.idOf(email);
        mvc.perform(saveProfile(a.name()).with(user(data.user(email)))).andExpect(redirectedUrl("/account/profile"));

        for (String typed : new String[] {"Nowhere Municipality " + token, twin}) {
            mvc.perform(saveProfile(typed).param("jobTitle", "Changed title").with(user(data.user(email)))
                            .cookie(new Cookie("collegium_lang", "fr")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Aucune organisation unique de l’annuaire")))
                    .andExpect(content().string(containsString("value=\"" + typed + "\"")))
                    .andExpect(content().string(containsString("aria-describedby=\"organisation-hint organisation-error\"")));
            assertThat(profiles.profile(id).organisationId()).isEqualTo(a.id().value());
            assertThat(profiles.profile(id).jobTitle()).isEqualTo("Budget officer");
            assertThat(roles.scopesOf(id, Role.ORGANISATION_MEMBER)).containsExactly(a.id().value());
        }
    }
}
