package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.ExchangeTestData.Programme;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Filing and revising an expertise request through its form: who may, what is refused and kept, in which language. */
@CollegiumIntegrationTest
class RequestFormPagesIntegrationTests {

    private final MockMvc mvc;
    private final ExchangeTestData data;
    private final ExpertiseRequests requests;
    private final JdbcTemplate jdbc;

    private Programme programme;
    private CallId call;
    private OrganisationSummary ugandan;
    private OrganisationSummary dutch;
    private String focalPoint;

    @Autowired
    RequestFormPagesIntegrationTests(MockMvc mvc, Programmes programmes, Calls calls, ExpertiseRequests requests,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.requests = requests;
        this.jdbc = jdbc;
        this.data = new ExchangeTestData(programmes, calls, requests, accounts, roles, editing, users);
    }

    @BeforeEach
    void aFocalPointOfAnAssociationOfAPartnerCountry() {
        programme = data.programme();
        call = data.openCall(programme);
        ugandan = data.association("UG");
        dutch = data.association("NL");
        focalPoint = data.focalPointOf(ugandan);
    }

    private String newRequest() {
        return "/exchange/calls/" + call.value() + "/requests/new";
    }

    /** A valid request as the form sends it, with some fields replaced (an empty value leaves the field out). */
    private static MockHttpServletRequestBuilder request(String path, OrganisationSummary association,
            Map<String, String> replaced) {
        Map<String, String> fields = new HashMap<>(Map.of("association", association.id().value().toString(),
                "title", "Food security and nutrition", "topic", "food-security",
                "challenge", "Districts lack the skills to plan food reserves.",
                "beneficiaries", "Kyotera District\r\n\r\n  Rakai District  \r\n",
                "responsibilities", "Plans the district's food reserves.", "practitionersSought", "2",
                "windowFrom", "2027-03-01", "windowTo", "2027-04-30"));
        fields.putAll(replaced);
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.param(name, value);
            }
        });
        if (!replaced.containsKey("methods")) {
            request.param("methods", "STUDY_VISIT", "EXPERT_MISSION");
        }
        if (!replaced.containsKey("counterpartFunctions")) {
            request.param("counterpartFunctions", "food-security-officer", "agricultural-officer");
        }
        if (!replaced.containsKey("workingLanguages")) {
            request.param("workingLanguages", "en", "fr");
        }
        return request;
    }

    @Test
    void theFocalPointFilesARequestForTheirAssociation() throws Exception {
        mvc.perform(get(newRequest()).with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ugandan.name() + " (Uganda)"),
                        not(containsString(dutch.name())), containsString("Food security officer"),
                        containsString("<legend>Agriculture</legend>"), containsString("Group study visit"),
                        containsString("type=\"date\""))));

        String location = mvc.perform(request(newRequest(), ugandan, Map.of()).with(user(data.user(focalPoint))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/exchange/requests/*"))
                .andReturn().getResponse().getRedirectedUrl();

        ExpertiseRequestView filed = requests.get(new ExpertiseRequestId(UUID.fromString(
                location.substring("/exchange/requests/".length()))));
        assertThat(filed.association()).isEqualTo(ugandan.id());
        assertThat(filed.beneficiaries()).containsExactly("Kyotera District", "Rakai District");
        assertThat(filed.counterpartFunctions()).containsExactlyInAnyOrder("food-security-officer", "agricultural-officer");
        assertThat(filed.methods()).containsExactlyInAnyOrder(ExchangeMethod.STUDY_VISIT, ExchangeMethod.EXPERT_MISSION);
        assertThat(filed.workingLanguages()).containsExactlyInAnyOrder("en", "fr");
        assertThat(filed.practitionersSought()).isEqualTo(2);
    }

    @Test
    void theSecretariatFilesForAnyAssociationOfAPartnerCountry() throws Exception {
        mvc.perform(get(newRequest()).with(user(data.user(programme.secretariat()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ugandan.name()), not(containsString(dutch.name())))));
        mvc.perform(request(newRequest(), ugandan, Map.of("title", "Filed by the secretariat"))
                        .with(user(data.user(programme.secretariat()))))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.ofCall(call)).extracting(ExpertiseRequestView::title).containsExactly("Filed by the secretariat");
    }

    @Test
    void refusalsShowNextToTheFieldKeepWhatWasTypedAndWriteNothing() throws Exception {
        long before = count();
        mvc.perform(request(newRequest(), ugandan, Map.of("title", " ", "challenge", "Typed challenge kept"))
                        .with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"title-error\""),
                        containsString("Give the request a title of at most 300 characters."),
                        containsString("Typed challenge kept"), containsString("Kyotera District"))));
        mvc.perform(request(newRequest(), ugandan, Map.of("methods", "")).with(user(data.user(focalPoint))))
                .andExpect(content().string(allOf(containsString("id=\"methods-error\""),
                        containsString("Choose at least one exchange method."),
                        matchesRegex("(?s).*value=\"food-security-officer\"[^>]*checked=\"checked\".*"))));
        mvc.perform(request(newRequest(), ugandan, Map.of("windowFrom", "2027-05-01"))
                        .cookie(new Cookie("collegium_lang", "fr")).with(user(data.user(focalPoint))))
                .andExpect(content().string(allOf(containsString("id=\"windowTo-error\""),
                        containsString("Indiquez la période"))));
        mvc.perform(request(newRequest(), ugandan, Map.of("practitionersSought", "many")).with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"practitionersSought-error\"")));
        mvc.perform(request(newRequest(), ugandan, Map.of("association", "nonsense")).with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"association-error\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void othersMayNotFileAndUnknownCallsAreNotFound() throws Exception {
        long before = count();
        String stranger = data.account();
        String dutchFocalPoint = data.focalPointOf(dutch);
        mvc.perform(get(newRequest()).with(user(data.user(stranger)))).andExpect(status().isForbidden());
        mvc.perform(get(newRequest()).with(user(data.user(dutchFocalPoint)))).andExpect(status().isForbidden());
        mvc.perform(request(newRequest(), ugandan, Map.of()).with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        mvc.perform(request(newRequest(), ugandan, Map.of()).with(user(data.user(dutchFocalPoint))))
                .andExpect(status().isForbidden());
        mvc.perform(request(newRequest(), dutch, Map.of()).with(user(data.user(dutchFocalPoint))))
                .andExpect(status().isForbidden());
        mvc.perform(get(newRequest())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange/calls/" + UUID.randomUUID() + "/requests/new").with(user(data.user(focalPoint))))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theFocalPointRevisesUntilTheDeadline() throws Exception {
        ExpertiseRequestId id = data.request(focalPoint, call, ugandan, "Food security", "food-security",
                Set.of(ExchangeMethod.STUDY_VISIT), Set.of("en"));
        String edit = "/exchange/requests/" + id.value() + "/edit";

        mvc.perform(get(edit).with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Food security\""),
                        containsString("Kyotera District\nRakai District"), containsString(ugandan.name()),
                        not(containsString("<select id=\"association\"")))));
        mvc.perform(request(edit, ugandan, Map.of("title", "Food reserves in Kyotera")).with(user(data.user(focalPoint))))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.get(id).title()).isEqualTo("Food reserves in Kyotera");
        assertThat(requests.get(id).workingLanguages()).containsExactlyInAnyOrder("en", "fr");

        mvc.perform(get(edit).with(user(data.user(data.account())))).andExpect(status().isForbidden());
        mvc.perform(request(edit, ugandan, Map.of("title", "Hijacked")).with(user(data.user(data.account()))))
                .andExpect(status().isForbidden());
        data.close(programme, call);
        mvc.perform(request(edit, ugandan, Map.of("title", "Too late")).with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This call has closed: its deadline has passed.")));
        assertThat(requests.get(id).title()).isEqualTo("Food reserves in Kyotera");
        mvc.perform(get("/exchange/requests/" + UUID.randomUUID() + "/edit").with(user(data.user(focalPoint))))
                .andExpect(status().isNotFound());
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_request", Long.class);
    }
}
