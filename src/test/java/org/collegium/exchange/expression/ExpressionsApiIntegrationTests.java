package org.collegium.exchange.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.exchange.expression.ExpressionFixtures.BRUSSELS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.expression.ExpressionFixtures.Municipality;
import org.collegium.exchange.expression.ExpressionFixtures.World;
import org.collegium.identity.AccountId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The expressions API: my municipalities' expressions as JSON, refusals as RFC 9457 problem details. */
@CollegiumIntegrationTest
class ExpressionsApiIntegrationTests {

    private final MockMvc mvc;
    private final ExpressionFixtures fixtures;
    private final JdbcTemplate jdbc;
    private World world;

    @Autowired
    ExpressionsApiIntegrationTests(MockMvc mvc, ExpressionFixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void anOpenRequest() {
        world = fixtures.world();
    }

    @Test
    void theFocalPointCreatesUpdatesSubmitsAndWithdrawsAndMembersListThem() throws Exception {
        String created = mvc.perform(post("/api/v1/expressions").with(fixtures.as(world.focalPoint())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(world.first(), "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.municipalityCountry").value("NL"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(put("/api/v1/expressions/" + id).with(fixtures.as(world.focalPoint())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(update(world.first(), "\"motivation\":\"Ten years of food reserves\","
                        + "\"technicalProposal\":\"Two missions\",\"method\":\"STUDY_VISIT\",\"offeredFrom\":\"2027-03-08\","
                        + "\"offeredTo\":\"2027-03-19\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.method").value("STUDY_VISIT"));
        mvc.perform(post("/api/v1/expressions/" + id + "/submit").with(fixtures.as(world.focalPoint())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(get("/api/v1/expressions").with(fixtures.as(world.second())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].practitioners[0].languages[0].level").value("C1"));
        mvc.perform(post("/api/v1/expressions/" + id + "/withdraw").with(fixtures.as(world.focalPoint())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void theOpenApiDocumentDescribesTheExpressions() throws Exception {
        String document = mvc.perform(get("/api/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(document).contains("\"/api/v1/expressions\"", "\"/api/v1/expressions/{id}/submit\"",
                "\"/api/v1/expressions/{id}/withdraw\"", "Expressions of interest");
    }

    @Test
    void refusalsAreProblemDetailsAndWriteNothing() throws Exception {
        AccountId outsider = fixtures.account("eoi-outsider", Locale.ENGLISH);
        long before = count();
        mvc.perform(post("/api/v1/expressions").with(fixtures.as(world.focalPoint())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(outsider, "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("practitioners[0].account"))
                .andExpect(jsonPath("$.title").value("You can only propose people of your own municipality."));
        Municipality other = fixtures.municipality(world, "BE");
        mvc.perform(post("/api/v1/expressions").with(fixtures.as(other.focalPoint())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(world.first(), "")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/expressions/" + java.util.UUID.randomUUID()).with(fixtures.as(world.focalPoint())))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);

        String created = mvc.perform(post("/api/v1/expressions").with(fixtures.as(world.focalPoint())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(world.first(), "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/expressions/" + id).with(fixtures.as(other.focalPoint())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/expressions").with(fixtures.as(world.focalPoint())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(world.first(), "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("exchange.expression.duplicate"));
        fixtures.moveDeadline(world, LocalDateTime.now(BRUSSELS).minusSeconds(1));
        mvc.perform(post("/api/v1/expressions/" + id + "/withdraw").with(fixtures.as(world.focalPoint())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("exchange.expression.call.closed"));
        assertThat(count()).isEqualTo(before + 1);
    }

    private String body(AccountId practitioner, String rest) {
        return "{\"request\":\"" + world.request().value() + "\",\"municipality\":\"" + world.municipality().value()
                + "\"," + practitioners(practitioner) + (rest.isEmpty() ? "" : "," + rest) + "}";
    }

    private static String update(AccountId practitioner, String rest) {
        return "{" + practitioners(practitioner) + "," + rest + "}";
    }

    private static String practitioners(AccountId practitioner) {
        return "\"practitioners\":[{\"account\":\"" + practitioner.value() + "\",\"jobTitle\":\"Head of food policy\","
                + "\"function\":\"food-security-officer\",\"responsibilities\":\"Runs the food reserve\","
                + "\"languages\":[{\"language\":\"en\",\"level\":\"C1\"}]}]";
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_expression WHERE request_id = ?", Long.class,
                world.request().value());
    }
}
