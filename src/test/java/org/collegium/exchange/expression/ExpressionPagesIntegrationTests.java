package org.collegium.exchange.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.exchange.expression.ExpressionFixtures.BRUSSELS;
import static org.collegium.exchange.expression.ExpressionFixtures.twoPractitioners;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The expression pages over MockMvc: the form, its refusals with what was typed, the lists, downloads and 403s. */
@CollegiumIntegrationTest
class ExpressionPagesIntegrationTests {

    private final MockMvc mvc;
    private final ExpressionsOfInterest expressions;
    private final ExpressionFixtures fixtures;
    private final JdbcTemplate jdbc;
    private World world;
    private String page;

    @Autowired
    ExpressionPagesIntegrationTests(MockMvc mvc, ExpressionsOfInterest expressions, ExpressionFixtures fixtures,
            JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.expressions = expressions;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void anOpenRequest() {
        world = fixtures.world();
        page = "/exchange/requests/" + world.request().value() + "/expression";
    }

    @Test
    void theFocalPointFillsTheFormAddsARowSavesADraftAndSubmits() throws Exception {
        String form = html(get(page).with(fixtures.as(world.focalPoint())));
        assertThat(form).contains("Expression of interest: Food security and nutrition", "Save draft", "Submit",
                "Preferred by the request", "(Europe/Brussels)", "Practitioner 2").doesNotContain("Practitioner 3");

        String grown = html(filled(post(page), "add-row").param("offeredFrom", "2027-03-08"));
        assertThat(grown).contains("Practitioner 3", "Head of food policy");

        mvc.perform(filled(post(page), "save").param("offeredFrom", "2027-03-08")).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(1);
        String saved = html(get(page + "?municipality=" + world.municipality().value()).with(fixtures.as(world.focalPoint())));
        assertThat(saved).contains("Draft", "Head of food policy", "Agricultural adviser", "Withdraw");

        mvc.perform(filled(post(page), "submit").param("offeredFrom", "2027-03-08")).andExpect(status().is3xxRedirection());
        assertThat(expressions.submittedOfCall(world.call())).hasSize(1);
        assertThat(html(get("/exchange/expressions").with(fixtures.as(world.first())))).contains("Submitted",
                "Food security and nutrition");
        assertThat(html(get("/exchange/requests/" + world.request().value() + "/expressions")
                .with(fixtures.as(world.secretariat())))).contains("Gemeente Utrecht", "Expert mission");
    }

    @Test
    void aFocalPointOfSeveralMunicipalitiesChoosesWhichOneAnswersAndOthersAreToldWhoMay() throws Exception {
        Municipality other = fixtures.municipality(world, "BE");
        fixtures.grantFocalPoint(world.focalPoint(), other.id());
        assertThat(html(get(page).with(fixtures.as(world.focalPoint())))).contains("Which one answers this request?",
                "municipality=" + world.municipality().value(), "municipality=" + other.id().value());
        assertThat(html(get(page).with(fixtures.as(world.first()))))
                .contains("Only the focal point of a municipality of a country that offers expertise");
        mvc.perform(get(page + "?municipality=" + other.id().value()).with(fixtures.as(world.first())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusalComesBackNextToItsFieldWithWhatWasTypedAndWritesNothing() throws Exception {
        AccountId outsider = fixtures.account("eoi-outsider", Locale.ENGLISH);
        String refused = html(filled(post(page), "save").param("offeredFrom", "2027-03-08")
                .param("practitioners[2].account", outsider.value().toString())
                .param("practitioners[2].jobTitle", "Someone else's officer"));
        assertThat(refused).contains("You can only propose people of your own municipality.", "p2-account-error",
                "We ran a food reserve for ten years.", "Head of food policy", "Someone else&#39;s officer",
                "aria-invalid=\"true\"");
        assertThat(count()).isZero();

        String late = html(filled(post(page), "submit").param("practitioners[2].account", "")
                .param("offeredFrom", "2027-04-01"));
        assertThat(late).contains("The last date may not come before the first.");
        assertThat(count()).isZero();
    }

    @Test
    void anotherMunicipalityIsRefusedAndTheFormIsFrozenAfterTheDeadline() throws Exception {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                twoPractitioners(world));
        Municipality other = fixtures.municipality(world, "BE");
        mvc.perform(get("/exchange/expressions/" + id.value()).with(fixtures.as(other.focalPoint())))
                .andExpect(status().isForbidden());
        mvc.perform(get(page + "?municipality=" + world.municipality().value()).with(fixtures.as(other.focalPoint())))
                .andExpect(status().isForbidden());
        mvc.perform(post(page).param("municipality", world.municipality().value().toString()).param("action", "withdraw")
                .with(fixtures.as(other.focalPoint())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/requests/" + world.request().value() + "/expressions")
                .with(fixtures.as(world.focalPoint()))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/expressions/" + java.util.UUID.randomUUID()).with(fixtures.as(world.focalPoint())))
                .andExpect(status().isNotFound());

        fixtures.moveDeadline(world, LocalDateTime.now(BRUSSELS).minusSeconds(1));
        String frozen = html(get(page).with(fixtures.as(world.focalPoint())));
        assertThat(frozen).contains("this expression of interest is frozen").doesNotContain("Save draft");
        String refused = html(filled(post(page), "submit").param("offeredFrom", "2027-03-08"));
        assertThat(refused).contains("The call is closed");
        assertThat(expressions.get(world.focalPoint(), id).status()).isEqualTo(ExpressionStatus.DRAFT);
    }

    @Test
    void attachmentsAreUploadedAndDownloadedByTheMunicipalityOnly() throws Exception {
        ExpressionOfInterestId id = expressions.draft(world.focalPoint(), world.request(), world.municipality(),
                twoPractitioners(world));
        mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "Plan é.pdf", "text/html",
                ExpressionAttachmentsIntegrationTests.PDF)).param("municipality", world.municipality().value().toString())
                .with(fixtures.as(world.focalPoint())).with(csrf())).andExpect(status().is3xxRedirection());
        AttachmentView attachment = expressions.get(world.focalPoint(), id).attachments().getFirst();
        String download = "/exchange/expressions/" + id.value() + "/attachments/" + attachment.id();
        mvc.perform(get(download).with(fixtures.as(world.first()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Plan e.pdf\"; filename*=UTF-8''Plan%20%C3%A9.pdf"));
        mvc.perform(get(download).with(fixtures.as(fixtures.municipality(world, "NL").focalPoint())))
                .andExpect(status().isForbidden());

        String refused = html(multipart(page + "/attachments").file(new MockMultipartFile("file", "page.pdf",
                "application/pdf", "<html></html>".getBytes())).param("municipality", world.municipality().value().toString())
                .with(fixtures.as(world.focalPoint())).with(csrf()));
        assertThat(refused).contains("Attach PDF, office");
        assertThat(expressions.get(world.focalPoint(), id).attachments()).hasSize(1);
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String action) {
        return request.with(fixtures.as(world.focalPoint())).with(csrf())
                .param("municipality", world.municipality().value().toString())
                .param("action", action)
                .param("practitioners[0].account", world.first().value().toString())
                .param("practitioners[0].jobTitle", "Head of food policy")
                .param("practitioners[0].function", "food-security-officer")
                .param("practitioners[0].responsibilities", "Runs the municipal food reserve.")
                .param("practitioners[0].languages[0].language", "en")
                .param("practitioners[0].languages[0].level", "C1")
                .param("practitioners[0].languages[1].language", "")
                .param("practitioners[0].languages[1].level", "")
                .param("practitioners[0].internationalExperience", "")
                .param("practitioners[1].account", world.second().value().toString())
                .param("practitioners[1].jobTitle", "Agricultural adviser")
                .param("practitioners[1].function", "agricultural-officer")
                .param("practitioners[1].responsibilities", "Advises farmers.")
                .param("practitioners[1].languages[0].language", "fr")
                .param("practitioners[1].languages[0].level", "NATIVE")
                .param("motivation", "We ran a food reserve for ten years.")
                .param("technicalProposal", "Two missions of a week.")
                .param("method", "EXPERT_MISSION")
                .param("offeredTo", "2027-03-19");
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_expression WHERE request_id = ?", Long.class,
                world.request().value());
    }
}
