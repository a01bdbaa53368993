package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.identity.IdentityTestSupport.PASSWORD;
import static org.collegium.identity.IdentityTestSupport.fromRandomAddress;
import static org.collegium.identity.IdentityTestSupport.sessionCookie;
import static org.collegium.identity.IdentityTestSupport.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CollegiumIntegrationTest
class ProfileIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Profiles profiles;
    @Autowired UserDetailsService userDetailsService;
    @Autowired AccountRepository repository;
    @Autowired PasswordEncoder encoder;

    private Cookie signedIn(String email) throws Exception {
        var response = mvc.perform(post("/sign-in").param("email", email).param("password", PASSWORD)
                .with(csrf()).with(fromRandomAddress())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        return sessionCookie(response).orElseThrow();
    }

    private static MockHttpServletRequestBuilder profile(String name) {
        return post("/account/profile").param("displayName", name).param("jobTitle", "Budget officer")
                .param("jobFunction", "FINANCE_AND_BUDGET").param("country", "MK")
                .param("languages[0].code", "mk").param("languages[0].level", "NATIVE")
                .param("languages[1].code", "en").param("languages[1].level", "B2")
                .param("languages[2].code", "").param("languages[2].level", "")
                .param("expertise", "MUNICIPAL_FINANCE", "GENDER_EQUALITY")
                .param("uiLanguage", "fr").param("timeZone", "Europe/Skopje").with(csrf());
    }

    @Test
    void savingTheProfileAppliesNameLanguageAndZoneFromTheNextPage() throws Exception {
        String email = uniqueEmail("profile");
        AccountId id = accounts.createConfirmed(email, "Ana Before", PASSWORD, Locale.ENGLISH);
        Cookie session = signedIn(email);
        mvc.perform(get("/account/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")));

        mvc.perform(profile("Ana Stojanovska").cookie(session)).andExpect(redirectedUrl("/account/profile"));

        mvc.perform(get("/account/profile").cookie(session))
                .andExpect(content().string(containsString("lang=\"fr\"")))
                .andExpect(content().string(containsString("Ana Stojanovska")))
                .andExpect(content().string(containsString("Europe/Skopje")))
                .andExpect(content().string(containsString("Votre profil a été enregistré.")));
        ProfileDetails saved = profiles.profile(id);
        assertThat(saved.jobFunction()).isEqualTo(JobFunction.FINANCE_AND_BUDGET);
        assertThat(saved.country()).isEqualTo("MK");
        assertThat(saved.languages()).containsExactly(new SpokenLanguage("mk", LanguageLevel.NATIVE),
                new SpokenLanguage("en", LanguageLevel.B2));
        assertThat(saved.expertise()).containsExactlyInAnyOrder(ExpertiseTopic.MUNICIPAL_FINANCE,
                ExpertiseTopic.GENDER_EQUALITY);
        assertThat(saved.uiLanguage()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void refusesUnknownChoicesAndKeepsWhatWasTyped() throws Exception {
        String email = uniqueEmail("badprofile");
        AccountId id = accounts.createConfirmed(email, "Unchanged", PASSWORD, Locale.ENGLISH);
        mvc.perform(profile("<b>Bold</b> Name").param("country", "XX").param("timeZone", "Mars/Olympus")
                        .param("languages[1].code", "mk").param("organisation", "No such organisation " + UUID.randomUUID())
                        .with(user(userDetailsService.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please choose one of the options in the list.")))
                .andExpect(content().string(containsString("Choose each language once")))
                .andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt; Name")))
                .andExpect(content().string(not(containsString("<b>Bold</b>"))));
        assertThat(profiles.profile(id).displayName()).isEqualTo("Unchanged");
        assertThat(profiles.profile(id).country()).isNull();
    }

    @Test
    void hidesTheOrganisationWhenNoDirectoryOffersOrganisationsAndRefusesOne() throws Exception {
        String email = uniqueEmail("noorg");
        AccountId id = accounts.createConfirmed(email, "No Org", PASSWORD, Locale.ENGLISH);
        var principal = user(userDetailsService.loadUserByUsername(email));
        if (profiles.organisationChoices().isEmpty()) {
            mvc.perform(get("/account/profile").with(principal))
                    .andExpect(content().string(not(containsString("name=\"organisation\""))));
        }
        mvc.perform(profile("No Org").param("organisation", "No such organisation " + UUID.randomUUID()).with(principal))
                .andExpect(status().isOk());
        assertThat(profiles.profile(id).organisationId()).isNull();
        assertThat(profiles.profile(id).jobTitle()).isNull();
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        String email = uniqueEmail("pwchange");
        AccountId id = accounts.createConfirmed(email, "Pw Change", PASSWORD, Locale.ENGLISH);
        var principal = user(userDetailsService.loadUserByUsername(email));
        mvc.perform(post("/account/password").param("currentPassword", "not my password")
                        .param("newPassword", "quartz harbour violet thistle").with(csrf()).with(principal))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not your current password.")));
        assertThat(encoder.matches(PASSWORD, repository.findById(id.value()).orElseThrow().passwordHash())).isTrue();
        mvc.perform(post("/account/password").param("currentPassword", PASSWORD)
                        .param("newPassword", "quartz harbour violet thistle").with(csrf()).with(principal))
                .andExpect(redirectedUrl("/account/profile"));
        assertThat(encoder.matches("quartz harbour violet thistle",
                repository.findById(id.value()).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void theProfileNeedsSignIn() throws Exception {
        mvc.perform(get("/account/profile")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(profile("Anonymous")).andExpect(redirectedUrl("/sign-in"));
    }
}
