package org.collegium.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CollegiumIntegrationTest
class WebShellIntegrationTests {

    private final MockMvc mvc;

    @Autowired
    WebShellIntegrationTests(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void showsTheHomePageInTheLanguageTheBrowserAsksFor() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "es-CO,es;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"es\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Los gobiernos locales aprenden unos de otros")));
        mvc.perform(get("/").header("Accept-Language", "mn, fr;q=0.8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Les collectivités apprennent les unes des autres")));
        mvc.perform(get("/").header("Accept-Language", "de"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Local governments learning from each other")));
    }

    @Test
    void theLanguageSwitcherOverridesTheBrowserAndStaysOnThisSite() throws Exception {
        mvc.perform(post("/language").param("lang", "fr").param("return", "/directory?q=nalas").with(csrf()))
                .andExpect(redirectedUrl("/directory?q=nalas"))
                .andExpect(cookie().value("collegium_lang", "fr"))
                .andExpect(cookie().httpOnly("collegium_lang", true));
        mvc.perform(post("/language").param("lang", "es").param("return", "https://evil.example/").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/language").param("lang", "es").param("return", "//evil.example/").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").header("Accept-Language", "en").cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"fr\"")));
    }

    @Test
    void refusesAStateChangeWithoutItsCsrfTokenWithAPageInTheViewersLanguage() throws Exception {
        mvc.perform(post("/language").param("lang", "fr").header("Accept-Language", "fr"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/language").param("lang", "fr").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownPagesAnswer404InTheViewersLanguageWithoutInternals() throws Exception {
        String page = mvc.perform(get("/no/such/page").header("Accept-Language", "fr").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        // MockMvc does not forward to the error page; the browser and full-server tests read the page itself.
        assertThat(page).doesNotContain("Exception");
    }

    @Test
    void unknownApiAddressesAnswerProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").header("Accept-Language", "es").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("No encontrado"));
    }

    @Test
    void sendsSecurityHeadersOnEveryPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("default-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void healthIsPublicButMetricsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
    }

    @Test
    void platformAdministratorsReadTheMetricsOthersMayNot(@Autowired Accounts accounts, @Autowired Roles roles,
            @Autowired UserDetailsService users) throws Exception {
        String admin = "metrics-admin-" + UUID.randomUUID() + "@example.org";
        String member = "metrics-member-" + UUID.randomUUID() + "@example.org";
        roles.grant(accounts.createConfirmed(admin, "Metrics admin", "unused password 2026", Locale.ENGLISH),
                Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        accounts.createConfirmed(member, "Metrics member", "unused password 2026", Locale.ENGLISH);

        mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hikaricp_connections")));
        mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername(member))))
                .andExpect(status().isForbidden());
    }
}
