package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.identity.IdentityTestSupport.PASSWORD;
import static org.collegium.identity.IdentityTestSupport.fromRandomAddress;
import static org.collegium.identity.IdentityTestSupport.sessionCookie;
import static org.collegium.identity.IdentityTestSupport.sessionId;
import static org.collegium.identity.IdentityTestSupport.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in the shared store end when the password changes, and follow the language switcher.
 */
@CollegiumIntegrationTest
class SessionEndingIntegrationTests {

    private static final String NEW_PASSWORD = "quartz harbour violet thistle";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Tokens tokens;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    /** Signs in through the real form, which stores a session, and returns its cookie. */
    private Cookie signIn(String email) throws Exception {
        var response = mvc.perform(post("/sign-in").param("email", email).param("password", PASSWORD)
                .with(csrf()).with(fromRandomAddress())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        return sessionCookie(response).orElseThrow();
    }

    private List<String> storedSessionsOf(String email) {
        return jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?").param(email)
                .query(String.class).list();
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        String email = uniqueEmail("reset-sessions");
        AccountId id = accounts.createConfirmed(email, "Two Browsers", PASSWORD, Locale.ENGLISH);
        Cookie laptop = signIn(email);
        Cookie phone = signIn(email);
        String other = uniqueEmail("bystander");
        accounts.createConfirmed(other, "Bystander", PASSWORD, Locale.ENGLISH);
        Cookie bystander = signIn(other);
        assertThat(storedSessionsOf(email)).containsExactlyInAnyOrder(sessionId(laptop), sessionId(phone));

        String token = transactions.execute(status -> tokens.issue(id, AccountToken.Purpose.PASSWORD_RESET, Duration.ofHours(1)));
        mvc.perform(post("/password/reset").param("token", token).param("password", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/sign-in"));

        assertThat(storedSessionsOf(email)).isEmpty();
        mvc.perform(get("/account/profile").cookie(laptop)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/account/profile").cookie(phone)).andExpect(redirectedUrl("/sign-in"));
        assertThat(storedSessionsOf(other)).containsExactly(sessionId(bystander));
        mvc.perform(get("/account/profile").cookie(bystander)).andExpect(status().isOk());
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsTheCurrentOne() throws Exception {
        String email = uniqueEmail("change-sessions");
        accounts.createConfirmed(email, "Three Browsers", PASSWORD, Locale.ENGLISH);
        Cookie here = signIn(email);
        Cookie elsewhere = signIn(email);
        Cookie another = signIn(email);
        assertThat(storedSessionsOf(email)).hasSize(3);

        mvc.perform(post("/account/password").param("currentPassword", "not my password")
                .param("newPassword", NEW_PASSWORD).with(csrf()).cookie(here)).andExpect(status().isOk());
        assertThat(storedSessionsOf(email)).hasSize(3);

        mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
                .with(csrf()).cookie(here)).andExpect(redirectedUrl("/account/profile"));

        assertThat(storedSessionsOf(email)).containsExactly(sessionId(here));
        mvc.perform(get("/account/profile").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account/profile").cookie(elsewhere)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/account/profile").cookie(another)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theLanguageChosenWithTheSwitcherTravelsWithTheSignedInSession() throws Exception {
        String email = uniqueEmail("switcher");
        accounts.createConfirmed(email, "Switcher", PASSWORD, Locale.ENGLISH);
        Cookie session = signIn(email);
        mvc.perform(get("/account/profile").cookie(session)).andExpect(content().string(containsString("lang=\"en\"")));

        mvc.perform(post("/language").param("lang", "es").param("return", "/account/profile").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/account/profile"));

        // No language cookie and no Accept-Language: only the principal in the stored session can say "es".
        mvc.perform(get("/account/profile").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"es\"")));
    }
}
