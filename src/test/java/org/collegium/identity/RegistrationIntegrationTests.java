package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.identity.IdentityTestSupport.PASSWORD;
import static org.collegium.identity.IdentityTestSupport.fromRandomAddress;
import static org.collegium.identity.IdentityTestSupport.link;
import static org.collegium.identity.IdentityTestSupport.mailsTo;
import static org.collegium.identity.IdentityTestSupport.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@CollegiumIntegrationTest
class RegistrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DevMailbox mailbox;
    @Autowired Accounts accounts;
    @Autowired Tokens tokens;
    @Autowired TransactionTemplate transactions;

    private MockHttpServletRequestBuilder register(String email, String name, String password, String language) {
        return post("/register").param("email", email).param("displayName", name).param("password", password)
                .param("language", language).with(csrf()).with(fromRandomAddress());
    }

    @Test
    void registersConfirmsByTheMailedLinkAndSignsIn() throws Exception {
        String email = uniqueEmail("oyun");
        mvc.perform(register(email, "Oyunchimeg Tsend", PASSWORD, "fr")).andExpect(redirectedUrl("/register/sent"));
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account -> assertThat(account.confirmed()).isFalse());

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error")).andExpect(unauthenticated());

        ReceivedMail mail = mailsTo(mailbox, email, 1).getFirst();
        assertThat(mail.subject()).isEqualTo("Confirmez votre adresse pour Collegium");
        assertThat(mail.text()).contains("Bonjour Oyunchimeg Tsend").contains("http://localhost:8080/register/confirm?token=");
        String confirmation = link(mail.text(), "/register/confirm");

        mvc.perform(get(confirmation).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your address is confirmed")));
        assertThat(accounts.findByEmail(email).orElseThrow().confirmed()).isTrue();
        mvc.perform(get(confirmation).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("This link has already been used")))
                .andExpect(content().string(containsString("action=\"/register/resend\"")));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email.toUpperCase(Locale.ROOT)).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void answersExactlyTheSameForAnAddressAlreadyUsedAndTellsItsOwner() throws Exception {
        String owner = uniqueEmail("owner");
        accounts.createConfirmed(owner, "Ana Stojanovska", PASSWORD, Locale.ENGLISH);
        String fresh = uniqueEmail("fresh");

        var used = mvc.perform(register(owner, "Someone Else", PASSWORD, "es")).andReturn().getResponse();
        var unused = mvc.perform(register(fresh, "Someone Else", PASSWORD, "es")).andReturn().getResponse();
        assertThat(used.getStatus()).isEqualTo(unused.getStatus()).isEqualTo(302);
        assertThat(used.getRedirectedUrl()).isEqualTo(unused.getRedirectedUrl());
        assertThat(used.getContentAsString()).isEqualTo(unused.getContentAsString());

        ReceivedMail warning = mailsTo(mailbox, owner, 1).getFirst();
        assertThat(warning.subject()).isEqualTo("Someone tried to register with your address on Collegium");
        assertThat(warning.text()).contains("Hello Ana Stojanovska").contains("/password/forgot");
        assertThat(accounts.findByEmail(owner).orElseThrow().displayName()).isEqualTo("Ana Stojanovska");
    }

    @Test
    void refusesAGuessablePasswordInTheVisitorsLanguageKeepingWhatWasTypedButNeverThePassword() throws Exception {
        String email = uniqueEmail("weak");
        mvc.perform(register(email, "Marko Jovanović", "password1234", "fr").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce mot de passe est trop facile à deviner")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(containsString("value=\"Marko Jovanović\"")))
                .andExpect(content().string(not(containsString("password1234"))));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesAnInvalidAddressAndOverlongFields() throws Exception {
        mvc.perform(register("not-an-address", "Ana", PASSWORD, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a valid e-mail address")));
        String email = uniqueEmail("long");
        mvc.perform(register(email, "A".repeat(121), "x".repeat(129), "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your name can have at most 120 characters.")))
                .andExpect(content().string(containsString("A password can have at most 128 characters.")));
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(accounts.findByEmail("not-an-address")).isEmpty();
    }

    @Test
    void escapesMarkupInTheNameWhereverItIsShown() throws Exception {
        String email = uniqueEmail("markup");
        String name = "<script>alert('x')</script> Ana";
        mvc.perform(register(email, name, "A".repeat(130), "en"))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ana")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(register(email, name, PASSWORD, "en")).andExpect(redirectedUrl("/register/sent"));
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo(name);
    }

    @Test
    void refusesARegistrationWithoutOrWithAForgedCsrfToken() throws Exception {
        String email = uniqueEmail("csrf");
        mvc.perform(post("/register").param("email", email).param("displayName", "Ana").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/register").param("email", email).param("displayName", "Ana").param("password", PASSWORD)
                .with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void anExpiredConfirmationLinkSaysSoAndOffersANewOne() throws Exception {
        String email = uniqueEmail("late");
        mvc.perform(register(email, "Bat-Erdene Ganbold", PASSWORD, "en")).andExpect(redirectedUrl("/register/sent"));
        AccountId id = accounts.findByEmail(email).orElseThrow().id();
        String expired = transactions.execute(status ->
                tokens.issue(id, AccountToken.Purpose.CONFIRMATION, Duration.ofHours(-1)));

        mvc.perform(get("/register/confirm").param("token", expired))
                .andExpect(content().string(containsString("This link has expired.")));
        mvc.perform(get("/register/confirm").param("token", "forged"))
                .andExpect(content().string(containsString("This link is not valid.")));
        assertThat(accounts.findByEmail(email).orElseThrow().confirmed()).isFalse();

        mvc.perform(post("/register/resend").param("email", email).with(csrf()).with(fromRandomAddress()))
                .andExpect(redirectedUrl("/register/sent"));
        String fresh = link(mailsTo(mailbox, email, 2).getFirst().text(), "/register/confirm");
        mvc.perform(get(fresh)).andExpect(content().string(containsString("Your address is confirmed")));
        assertThat(accounts.findByEmail(email).orElseThrow().confirmed()).isTrue();
    }

    @Test
    void refusesTheSixthRegistrationFromOneAddressWithinAnHour() throws Exception {
        var sameAddress = fromRandomAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(register(uniqueEmail("flood"), "Flood", PASSWORD, "en").with(sameAddress))
                    .andExpect(redirectedUrl("/register/sent"));
        }
        String sixth = uniqueEmail("flood");
        mvc.perform(register(sixth, "Flood", PASSWORD, "en").with(sameAddress).header("Accept-Language", "es"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Demasiados intentos")));
        assertThat(accounts.findByEmail(sixth)).isEmpty();
    }
}
