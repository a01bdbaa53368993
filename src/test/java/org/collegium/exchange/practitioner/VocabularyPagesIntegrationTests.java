package org.collegium.exchange.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Vocabulary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Platform administrators extend the vocabulary; a refused term writes nothing; nobody else gets in. */
@CollegiumIntegrationTest
class VocabularyPagesIntegrationTests {

    private final MockMvc mvc;
    private final Vocabulary vocabulary;
    private final Roles roles;
    private final PractitionerFixtures fixtures;
    private final JdbcTemplate jdbc;

    @Autowired
    VocabularyPagesIntegrationTests(MockMvc mvc, Vocabulary vocabulary, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.vocabulary = vocabulary;
        this.roles = roles;
        this.fixtures = new PractitionerFixtures(accounts, roles, editing, users);
        this.jdbc = jdbc;
    }

    private String administrator() {
        String email = fixtures.email("vocabulary-admin");
        roles.grant(fixtures.idOf(email), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return email;
    }

    @Test
    void anAdministratorAddsAFunctionAndATopic() throws Exception {
        String admin = administrator();
        String code = PractitionerFixtures.unique("harbour-master").toLowerCase(Locale.ROOT);
        String topic = PractitionerFixtures.unique("ports").toLowerCase(Locale.ROOT);

        mvc.perform(post("/admin/exchange/vocabulary/functions").with(csrf()).with(fixtures.as(admin))
                .param("code", code).param("family", "maritime").param("isco08", "")
                .param("labelEn", "Harbour master").param("labelFr", "Capitaine de port").param("labelEs", "Capitán de puerto"))
                .andExpect(redirectedUrl("/admin/exchange/vocabulary"));
        mvc.perform(post("/admin/exchange/vocabulary/topics").with(csrf()).with(fixtures.as(admin))
                .param("topicCode", topic).param("topicLabelEn", "Ports").param("topicLabelFr", "Ports")
                .param("topicLabelEs", "Puertos")).andExpect(redirectedUrl("/admin/exchange/vocabulary"));

        assertThat(vocabulary.function(code).orElseThrow().label(Locale.FRENCH)).isEqualTo("Capitaine de port");
        assertThat(vocabulary.function(code).orElseThrow().family()).isEqualTo("maritime");
        assertThat(vocabulary.isTopic(topic)).isTrue();
        assertThat(page(admin)).contains("Harbour master").contains(code);
    }

    @Test
    void refusesAnInvalidTermNextToItsFieldAndWritesNothing() throws Exception {
        String admin = administrator();
        int functions = count("exchange_function");
        int topics = count("exchange_topic");

        String refused = mvc.perform(post("/admin/exchange/vocabulary/functions").with(csrf()).with(fixtures.as(admin))
                .param("code", "new-function-x").param("family", "maritime").param("isco08", "12")
                .param("labelEn", "Harbour master").param("labelFr", "Capitaine").param("labelEs", "Capitán"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String taken = mvc.perform(post("/admin/exchange/vocabulary/topics").with(csrf()).with(fixtures.as(admin))
                .param("topicCode", "food-security").param("topicLabelEn", "Food").param("topicLabelFr", "Alimentation")
                .param("topicLabelEs", "Comida"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(refused).contains("id=\"isco08-error\"").contains("value=\"Harbour master\"");
        assertThat(taken).contains("id=\"topicCode-error\"").contains("This code is already in the vocabulary.");
        assertThat(count("exchange_function")).isEqualTo(functions);
        assertThat(count("exchange_topic")).isEqualTo(topics);
    }

    @Test
    void keepsEveryoneElseOut() throws Exception {
        String member = fixtures.email("not-admin");

        mvc.perform(get("/admin/exchange/vocabulary").with(fixtures.as(member))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/exchange/vocabulary/topics").with(csrf()).with(fixtures.as(member))
                .param("topicCode", "sneaky-topic").param("topicLabelEn", "S").param("topicLabelFr", "S")
                .param("topicLabelEs", "S")).andExpect(status().isForbidden());
        assertThat(vocabulary.isTopic("sneaky-topic")).isFalse();
    }

    private String page(String email) throws Exception {
        return mvc.perform(get("/admin/exchange/vocabulary").with(fixtures.as(email))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
