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

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CollegiumIntegrationTest
class SignInIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    private MockHttpServletResponse signIn(String email, String password, RequestPostProcessor from, Cookie... cookies)
            throws Exception {
        var request = post("/sign-in").param("email", email).param("password", password).with(csrf()).with(from);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private boolean sessionStored(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = ?").param(id)
                .query(Integer.class).single() == 1;
    }

    @Test
    void givesANewSessionIdOnSignInAndEndsTheSessionOnTheServerOnSignOut() throws Exception {
        String email = uniqueEmail("session");
        accounts.createConfirmed(email, "Elena Petrovska", PASSWORD, Locale.ENGLISH);
        // An anonymous visitor gets a session when asking for a page that needs sign-in (the request is kept).
        Cookie anonymous = sessionCookie(mvc.perform(get("/account/profile")).andReturn().getResponse()).orElseThrow();
        assertThat(sessionStored(sessionId(anonymous))).isTrue();

        MockHttpServletResponse signedIn = signIn(email, PASSWORD, fromRandomAddress(), anonymous);
        assertThat(signedIn.getRedirectedUrl()).endsWith("/account/profile?continue");
        Cookie session = sessionCookie(signedIn).orElseThrow();
        assertThat(sessionId(session)).isNotEqualTo(sessionId(anonymous));
        assertThat(sessionStored(sessionId(anonymous))).isFalse();
        assertThat(sessionStored(sessionId(session))).isTrue();
        mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("Elena Petrovska")));

        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/?signed-out"));
        assertThat(sessionStored(sessionId(session))).isFalse();
        mvc.perform(get("/account/profile").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void saysOnlyThatTheAddressOrPasswordIsWrong() throws Exception {
        String email = uniqueEmail("wrong");
        accounts.createConfirmed(email, "Kelmend Zajazi", PASSWORD, Locale.ENGLISH);
        for (String[] attempt : new String[][] {{email, "not the password at all"}, {uniqueEmail("nobody"), PASSWORD}}) {
            MockHttpServletResponse failed = signIn(attempt[0], attempt[1], fromRandomAddress());
            assertThat(failed.getRedirectedUrl()).isEqualTo("/sign-in?error");
            mvc.perform(get("/sign-in?error").cookie(sessionCookie(failed).orElseThrow()).header("Accept-Language", "fr"))
                    .andExpect(content().string(containsString("L’adresse e-mail ou le mot de passe n’est pas correct.")));
        }
    }

    @Test
    void tellsSomeoneWhoKnowsThePasswordThatTheAddressIsNotConfirmedYet() throws Exception {
        String email = uniqueEmail("unconfirmed");
        registrations.register(email, "Ana Unconfirmed", PASSWORD, Locale.ENGLISH, "10.9." + System.nanoTime() % 250 + ".9");
        MockHttpServletResponse failed = signIn(email, PASSWORD, fromRandomAddress());
        assertThat(failed.getRedirectedUrl()).isEqualTo("/sign-in?error");
        mvc.perform(get("/sign-in?error").cookie(sessionCookie(failed).orElseThrow()))
                .andExpect(content().string(containsString("Your address is not confirmed yet.")))
                .andExpect(content().string(containsString("href=\"/register/resend\"")));

        MockHttpServletResponse wrong = signIn(email, "another wrong password", fromRandomAddress());
        mvc.perform(get("/sign-in?error").cookie(sessionCookie(wrong).orElseThrow()))
                .andExpect(content().string(containsString("The e-mail address or the password is not right.")));
    }

    @Test
    void refusesEvenTheRightPasswordAfterTenFailuresForTheAddress() throws Exception {
        String email = uniqueEmail("throttled");
        accounts.createConfirmed(email, "Marko Jovanović", PASSWORD, Locale.ENGLISH);
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(email, "wrong password number " + i, fromRandomAddress()).getRedirectedUrl())
                    .isEqualTo("/sign-in?error");
        }
        MockHttpServletResponse refused = signIn(email, PASSWORD, fromRandomAddress());
        assertThat(refused.getRedirectedUrl()).isEqualTo("/sign-in?error");
        mvc.perform(get("/sign-in?error").cookie(sessionCookie(refused).orElseThrow()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Demasiados intentos fallidos de inicio de sesión")))
                .andExpect(content().string(containsString("espere 15 minutos")));

        String other = uniqueEmail("unaffected");
        accounts.createConfirmed(other, "Unaffected", PASSWORD, Locale.ENGLISH);
        assertThat(signIn(other, PASSWORD, fromRandomAddress()).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void refusesSignInFromANetworkAddressAfterThirtyFailures() throws Exception {
        RequestPostProcessor sameAddress = fromRandomAddress();
        for (int i = 0; i < 30; i++) {
            signIn(uniqueEmail("spray"), "wrong password " + i, sameAddress);
        }
        String email = uniqueEmail("victim");
        accounts.createConfirmed(email, "Victim", PASSWORD, Locale.ENGLISH);
        MockHttpServletResponse refused = signIn(email, PASSWORD, sameAddress);
        assertThat(refused.getRedirectedUrl()).isEqualTo("/sign-in?error");
        mvc.perform(get("/sign-in?error").cookie(sessionCookie(refused).orElseThrow()))
                .andExpect(content().string(containsString("Too many failed attempts to sign in.")));
    }
}
