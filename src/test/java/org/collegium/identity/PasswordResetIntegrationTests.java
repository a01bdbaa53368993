package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.identity.IdentityTestSupport.PASSWORD;
import static org.collegium.identity.IdentityTestSupport.fromRandomAddress;
import static org.collegium.identity.IdentityTestSupport.link;
import static org.collegium.identity.IdentityTestSupport.mailsTo;
import static org.collegium.identity.IdentityTestSupport.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@CollegiumIntegrationTest
class PasswordResetIntegrationTests {

    private static final String NEW_PASSWORD = "quartz harbour violet thistle";

    @Autowired MockMvc mvc;
    @Autowired DevMailbox mailbox;
    @Autowired Accounts accounts;
    @Autowired Registrations registrations;
    @Autowired Tokens tokens;
    @Autowired TransactionTemplate transactions;

    private MockHttpServletRequestBuilder forgot(String email) {
        return post("/password/forgot").param("email", email).with(csrf()).with(fromRandomAddress());
    }

    private MockHttpServletRequestBuilder reset(String token, String password) {
        return post("/password/reset").param("token", token).param("password", password).with(csrf());
    }

    private String token(String resetLink) {
        return resetLink.substring(resetLink.indexOf("token=") + "token=".length());
    }

    @Test
    void resetsThePasswordOnceWithTheMailedLink() throws Exception {
        String email = uniqueEmail("forgetful");
        accounts.createConfirmed(email, "Elena Petrovska", PASSWORD, Locale.of("es"));
        mvc.perform(forgot(email)).andExpect(redirectedUrl("/password/forgot/sent"));
        String first = link(mailsTo(mailbox, email, 1).getFirst().text(), "/password/reset");
        mvc.perform(forgot(email)).andExpect(redirectedUrl("/password/forgot/sent"));
        var mails = mailsTo(mailbox, email, 2);
        assertThat(mails.getFirst().subject()).isEqualTo("Elija una nueva contraseña para Collegium");
        String second = link(mails.getFirst().text(), "/password/reset");

        mvc.perform(get(second)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"password\"")));
        mvc.perform(reset(token(second), "short")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This password is too short")));
        mvc.perform(reset(token(second), NEW_PASSWORD)).andExpect(redirectedUrl("/sign-in"));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(email));
        mvc.perform(get(second)).andExpect(content().string(containsString("This link has already been used.")))
                .andExpect(content().string(containsString("href=\"/password/forgot\"")));
        mvc.perform(reset(token(second), "yet another strong passphrase"))
                .andExpect(content().string(containsString("This link has already been used.")));
        mvc.perform(get(first)).andExpect(content().string(containsString("This link has already been used.")));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void answersTheSameForAnUnknownAddressAndSendsNothing() throws Exception {
        String unknown = uniqueEmail("ghost");
        String known = uniqueEmail("known");
        accounts.createConfirmed(known, "Known", PASSWORD, Locale.ENGLISH);
        var forUnknown = mvc.perform(forgot(unknown)).andReturn().getResponse();
        var forKnown = mvc.perform(forgot(known)).andReturn().getResponse();
        assertThat(forUnknown.getRedirectedUrl()).isEqualTo(forKnown.getRedirectedUrl());
        assertThat(forUnknown.getStatus()).isEqualTo(forKnown.getStatus());
        assertThat(mailsTo(mailbox, known, 1)).hasSize(1);
        assertThat(mailbox.messagesTo(unknown)).isEmpty();
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
        String email = uniqueEmail("expired");
        AccountId id = accounts.createConfirmed(email, "Late", PASSWORD, Locale.ENGLISH);
        String expired = transactions.execute(status ->
                tokens.issue(id, AccountToken.Purpose.PASSWORD_RESET, Duration.ofMinutes(-1)));
        mvc.perform(get("/password/reset").param("token", expired))
                .andExpect(content().string(containsString("This link has expired.")));
        mvc.perform(reset(expired, NEW_PASSWORD)).andExpect(content().string(containsString("This link has expired.")));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aResetConfirmsAnAccountThatWasNotConfirmedYet() throws Exception {
        String email = uniqueEmail("neverconfirmed");
        registrations.register(email, "Never Confirmed", PASSWORD, Locale.ENGLISH, "10.8." + System.nanoTime() % 250 + ".8");
        mvc.perform(forgot(email)).andExpect(redirectedUrl("/password/forgot/sent"));
        String resetLink = mailsTo(mailbox, email, 2).stream()
                .filter(mail -> mail.text().contains("/password/reset")).findFirst().orElseThrow().text();
        mvc.perform(reset(token(link(resetLink, "/password/reset")), NEW_PASSWORD)).andExpect(redirectedUrl("/sign-in"));
        assertThat(accounts.findByEmail(email).orElseThrow().confirmed()).isTrue();
    }

    @Test
    void refusesTheSixthRequestForOneAddressWithinAnHour() throws Exception {
        String email = uniqueEmail("many");
        for (int i = 0; i < 5; i++) {
            mvc.perform(forgot(email)).andExpect(redirectedUrl("/password/forgot/sent"));
        }
        mvc.perform(forgot(email).header("Accept-Language", "fr"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Trop de tentatives")));
    }
}
