package org.collegium.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.ExchangeTestData.Programme;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The read-only exchange API: open calls, a call with its requests, open requests with filters, problem details. */
@CollegiumIntegrationTest
class ExchangeApiIntegrationTests {

    private final MockMvc mvc;
    private final ExchangeTestData data;
    private final Calls calls;

    private Programme programme;
    private CallId call;
    private OrganisationSummary ugandan;
    private String focalPoint;

    @Autowired
    ExchangeApiIntegrationTests(MockMvc mvc, Programmes programmes, Calls calls, ExpertiseRequests requests,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.mvc = mvc;
        this.calls = calls;
        this.data = new ExchangeTestData(programmes, calls, requests, accounts, roles, editing, users);
    }

    @BeforeEach
    void aProgrammeWithAnOpenCall() {
        programme = data.programme();
        call = data.openCall(programme);
        ugandan = data.association("UG");
        focalPoint = data.focalPointOf(ugandan);
    }

    @Test
    void listsTheOpenCallsWithTheirDeadlineAsAnInstantAndAsTheLocalTimeInItsZone() throws Exception {
        CallId closed = data.openCall(programme);
        data.close(programme, closed);
        CallView view = calls.get(call);
        String path = "$[?(@.id == '" + call.value() + "')]";

        mvc.perform(get("/api/v1/calls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(call.value().toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(closed.value().toString()))))
                .andExpect(jsonPath(path + ".title").value(view.title()))
                .andExpect(jsonPath(path + ".programme.name").value(programme.name()))
                .andExpect(jsonPath(path + ".open").value(true))
                .andExpect(jsonPath(path + ".deadline.instant").value(view.deadline().instant().toString()))
                .andExpect(jsonPath(path + ".deadline.local").value(view.deadline().local() + ":00"))
                .andExpect(jsonPath(path + ".deadline.zone").value("Europe/Brussels"));
    }

    @Test
    void showsACallWithItsRequestsAndTheMovesOfItsDeadline() throws Exception {
        String title = ExchangeTestData.unique("Food security");
        ExpertiseRequestId request = data.request(focalPoint, call, ugandan, title, "food-security",
                Set.of(ExchangeMethod.STUDY_VISIT), Set.of("en"));
        LocalDateTime later = calls.get(call).deadline().local().plusDays(3);
        calls.moveDeadline(data.idOf(programme.secretariat()), call, new CallDeadline(later, ExchangeTestData.BRUSSELS));

        mvc.perform(get("/api/v1/calls/" + call.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.call.deadline.local").value(later + ":00"))
                .andExpect(jsonPath("$.call.deadlineChanges[0].next.local").value(later + ":00"))
                .andExpect(jsonPath("$.call.deadlineChanges[0].previous.zone").value("Europe/Brussels"))
                .andExpect(jsonPath("$.requests[0].id").value(request.value().toString()))
                .andExpect(jsonPath("$.requests[0].title").value(title))
                .andExpect(jsonPath("$.requests[0].association.name").value(ugandan.name()))
                .andExpect(jsonPath("$.requests[0].association.country").value("UG"))
                .andExpect(jsonPath("$.requests[0].methods[0]").value("STUDY_VISIT"))
                .andExpect(jsonPath("$.requests[0].windowFrom").value("2027-03-01"));
        mvc.perform(get("/api/v1/requests/" + request.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.beneficiaries[1]").value("Rakai District"))
                .andExpect(jsonPath("$.counterpartFunctions[0]").value("food-security-officer"));
    }

    @Test
    void listsTheOpenRequestsThatMatchTheFilters() throws Exception {
        String food = ExchangeTestData.unique("Food security");
        String waste = ExchangeTestData.unique("Waste");
        data.request(focalPoint, call, ugandan, food, "food-security", Set.of(ExchangeMethod.STUDY_VISIT), Set.of("en"));
        data.request(focalPoint, call, ugandan, waste, "waste-management", Set.of(ExchangeMethod.EXPERT_MISSION),
                Set.of("fr"));

        mvc.perform(get("/api/v1/requests").param("country", "UG").param("method", "STUDY_VISIT").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem(food)))
                .andExpect(jsonPath("$[*].title", not(hasItem(waste))));
        mvc.perform(get("/api/v1/requests").param("topic", "waste-management"))
                .andExpect(jsonPath("$[*].title", hasItem(waste)))
                .andExpect(jsonPath("$[*].title", not(hasItem(food))));
        data.close(programme, call);
        mvc.perform(get("/api/v1/requests"))
                .andExpect(jsonPath("$[*].title", not(hasItem(food))));
    }

    @Test
    void refusesUnknownFilterValuesAndAnswersUnknownIdsWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/requests").param("country", "ZZ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.country").value(containsString("ISO 3166-1")));
        mvc.perform(get("/api/v1/requests").param("method", "TELEPORTATION").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.method").value(containsString("modalités")));
        mvc.perform(get("/api/v1/requests").param("topic", "astrology"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.topic").exists());
        mvc.perform(get("/api/v1/requests").param("language", "klingon"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.language").exists());
        mvc.perform(get("/api/v1/calls/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/calls/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/requests/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOpenApiDocumentDescribesTheExchangeEndpoints() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calls'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calls/{id}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/requests'].get.parameters[*].name", hasItem("method")))
                .andExpect(jsonPath("$.paths['/api/v1/requests'].get.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/requests/{id}'].get").exists());
    }
}
