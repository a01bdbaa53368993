package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.ExchangeTestData.Programme;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Setting a programme up, its secretariat's page (appointing, opening calls) and moving a call's deadline. */
@CollegiumIntegrationTest
class ProgrammePagesIntegrationTests {

    private final MockMvc mvc;
    private final ExchangeTestData data;
    private final Programmes programmes;
    private final Calls calls;
    private final Roles roles;
    private final JdbcTemplate jdbc;

    @Autowired
    ProgrammePagesIntegrationTests(MockMvc mvc, Programmes programmes, Calls calls, ExpertiseRequests requests,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.programmes = programmes;
        this.calls = calls;
        this.roles = roles;
        this.jdbc = jdbc;
        this.data = new ExchangeTestData(programmes, calls, requests, accounts, roles, editing, users);
    }

    private static MockHttpServletRequestBuilder programme(String name, String secretariat, String partners) {
        return post("/exchange/programmes/new").with(csrf()).param("name", name).param("secretariat", secretariat)
                .param("partnerCountries", partners).param("expertiseCountries", "nl be, fr")
                .param("helpContact", "connect@platforma.example").param("budget", "1,250,000.50")
                .param("budgetCurrency", "eur");
    }

    @Test
    void aPlatformAdministratorSetsAProgrammeUpWithItsSecretariatFromTheDirectory() throws Exception {
        String administrator = data.administrator();
        OrganisationSummary platforma = data.organisation("PLATFORMA", OrganisationKind.NETWORK, "BE");
        OrganisationSummary vng = data.organisation("VNG International", OrganisationKind.NETWORK, "NL");
        String name = ExchangeTestData.unique("CONNECT");
        mvc.perform(get("/exchange/programmes/new").with(user(data.user(administrator)))).andExpect(status().isOk());

        String location = mvc.perform(programme(name, platforma.name() + "\r\n" + vng.name() + "\r\n", "UG, KH CO;GH")
                        .with(user(data.user(administrator))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/exchange/programmes/*"))
                .andReturn().getResponse().getRedirectedUrl();

        ProgrammeView view = programmes.get(new ProgrammeId(UUID.fromString(location.substring("/exchange/programmes/".length()))));
        assertThat(view.name()).isEqualTo(name);
        assertThat(view.secretariat()).containsExactlyInAnyOrder(platforma.id(), vng.id());
        assertThat(view.partnerCountries()).containsExactlyInAnyOrder("UG", "KH", "CO", "GH");
        assertThat(view.expertiseCountries()).containsExactlyInAnyOrder("NL", "BE", "FR");
        assertThat(view.budget()).isEqualByComparingTo(new BigDecimal("1250000.50"));
        assertThat(view.budgetCurrency()).isEqualTo("EUR");
        mvc.perform(get(location).with(user(data.user(administrator))))
                .andExpect(content().string(allOf(containsString(name), containsString(platforma.name()),
                        containsString("Cambodia"), containsString("€1,250,000.50"))));
    }

    @Test
    void refusedProgrammesShowTheErrorKeepWhatWasTypedAndWriteNothing() throws Exception {
        String administrator = data.administrator();
        long before = count("exchange_programme");
        String name = ExchangeTestData.unique("CONNECT");
        mvc.perform(programme(name, "No such organisation " + UUID.randomUUID(), "UG").with(user(data.user(administrator))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"secretariat-error\""),
                        containsString("value=\"" + name + "\""))));
        OrganisationSummary platforma = data.organisation("PLATFORMA", OrganisationKind.NETWORK, "BE");
        mvc.perform(programme(name, platforma.name(), "UG, XX").cookie(new Cookie("collegium_lang", "fr"))
                        .with(user(data.user(administrator))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"partnerCountries-error\""),
                        containsString("Choisissez au moins un pays"), containsString("value=\"UG, XX\""))));
        mvc.perform(programme(name, platforma.name(), "UG").param("budget", "a lot").with(user(data.user(administrator))))
                .andExpect(content().string(containsString("id=\"budget-error\"")));
        assertThat(count("exchange_programme")).isEqualTo(before);
    }

    @Test
    void onlyPlatformAdministratorsSetProgrammesUp() throws Exception {
        OrganisationSummary platforma = data.organisation("PLATFORMA", OrganisationKind.NETWORK, "BE");
        Programme existing = data.programme();
        long before = count("exchange_programme");
        mvc.perform(get("/exchange/programmes/new").with(user(data.user(data.account())))).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/programmes/new").with(user(data.user(existing.secretariat()))))
                .andExpect(status().isForbidden());
        mvc.perform(programme("Not allowed", platforma.name(), "UG").with(user(data.user(data.account()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/exchange/programmes/new")).andExpect(status().is3xxRedirection());
        assertThat(count("exchange_programme")).isEqualTo(before);
    }

    @Test
    void theSecretariatAppointsPeopleAndOpensCallsWithADeadlineInAZone() throws Exception {
        Programme programme = data.programme();
        String page = "/exchange/programmes/" + programme.id().value();
        String colleague = data.account();
        mvc.perform(get(page).with(user(data.user(programme.secretariat()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(programme.name()), containsString("Europe/Brussels"),
                        containsString("type=\"datetime-local\""))));

        mvc.perform(post(page + "/secretariat").with(csrf()).param("email", "nobody-" + UUID.randomUUID() + "@example.org")
                        .with(user(data.user(programme.secretariat()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"email-error\"")));
        mvc.perform(post(page + "/secretariat").with(csrf()).param("email", colleague)
                        .with(user(data.user(programme.secretariat()))))
                .andExpect(status().is3xxRedirection());
        assertThat(roles.holds(data.idOf(colleague), Role.PROGRAMME_SECRETARIAT, programme.id().value())).isTrue();

        long before = count("exchange_call");
        // 02:30 on 28 March 2027 does not exist in Brussels: the clocks go from 02:00 to 03:00.
        mvc.perform(post(page + "/calls").with(csrf()).param("title", "Call 2027").param("opensAt", "2027-01-10T09:00")
                        .param("deadline", "2027-03-28T02:30").param("zone", "Europe/Brussels")
                        .with(user(data.user(colleague))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"deadline-error\""),
                        containsString("the clocks skip that hour"), containsString("value=\"Call 2027\""))));
        mvc.perform(post(page + "/calls").with(csrf()).param("title", "Call 2027").param("opensAt", "2027-01-10T09:00")
                        .param("deadline", "2027-03-28T12:00").param("zone", "Mars/Olympus")
                        .with(user(data.user(colleague))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"zone-error\"")));
        assertThat(count("exchange_call")).isEqualTo(before);

        String location = mvc.perform(post(page + "/calls").with(csrf()).param("title", "Call 2027")
                        .param("opensAt", "2027-01-10T09:00").param("deadline", "2027-03-02T12:00")
                        .param("zone", "Europe/Brussels").with(user(data.user(colleague))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        CallView call = calls.get(new CallId(UUID.fromString(location.substring("/exchange/calls/".length()))));
        assertThat(call.deadline()).isEqualTo(new CallDeadline(LocalDateTime.of(2027, 3, 2, 12, 0), ZoneId.of("Europe/Brussels")));
        assertThat(call.deadline().instant()).hasToString("2027-03-02T11:00:00Z");
        assertThat(call.opensAt()).hasToString("2027-01-10T08:00:00Z");
    }

    @Test
    void othersMayNotManageTheProgrammeAndUnknownOnesAreNotFound() throws Exception {
        Programme programme = data.programme();
        Programme other = data.programme();
        String page = "/exchange/programmes/" + programme.id().value();
        long before = count("exchange_call");
        mvc.perform(get(page).with(user(data.user(other.secretariat())))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/calls").with(csrf()).param("title", "Hijack").param("opensAt", "2027-01-10T09:00")
                        .param("deadline", "2027-03-02T12:00").param("zone", "Europe/Brussels")
                        .with(user(data.user(other.secretariat()))))
                .andExpect(status().isForbidden());
        String stranger = data.account();
        mvc.perform(post(page + "/secretariat").with(csrf()).param("email", stranger)
                        .with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        assertThat(roles.holds(data.idOf(stranger), Role.PROGRAMME_SECRETARIAT, programme.id().value())).isFalse();
        mvc.perform(get("/exchange/programmes/" + UUID.randomUUID()).with(user(data.user(programme.administrator()))))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(data.user(programme.administrator())))).andExpect(status().isOk());
        assertThat(count("exchange_call")).isEqualTo(before);
    }

    @Test
    void theSecretariatMovesTheDeadlineAndTheCallShowsTheNewDate() throws Exception {
        Programme programme = data.programme();
        CallId call = data.openCall(programme);
        CallDeadline first = calls.get(call).deadline();
        String move = "/exchange/calls/" + call.value() + "/deadline";

        mvc.perform(get(move).with(user(data.user(programme.secretariat()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + first.local().toString().substring(0, 16) + "\"")));
        mvc.perform(post(move).with(csrf()).param("deadline", "2030-03-31T02:15").param("zone", "Europe/Brussels")
                        .cookie(new Cookie("collegium_lang", "fr")).with(user(data.user(programme.secretariat()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"deadline-error\""),
                        containsString("les horloges sautent cette heure-là"))));
        mvc.perform(post(move).with(csrf()).param("deadline", "").param("zone", "Europe/Brussels")
                        .with(user(data.user(programme.secretariat()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"deadline-error\"")));
        mvc.perform(post(move).with(csrf()).param("deadline", "2030-03-02T12:00").param("zone", "Europe/Brussels")
                        .with(user(data.user(data.account()))))
                .andExpect(status().isForbidden());
        assertThat(calls.get(call).changes()).isEmpty();

        mvc.perform(post(move).with(csrf()).param("deadline", "2030-03-02T12:00").param("zone", "America/Bogota")
                        .with(user(data.user(programme.secretariat()))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/exchange/calls/*"));
        CallView moved = calls.get(call);
        assertThat(moved.deadline()).isEqualTo(new CallDeadline(LocalDateTime.of(2030, 3, 2, 12, 0), ZoneId.of("America/Bogota")));
        assertThat(moved.changes()).singleElement().satisfies(change -> assertThat(change.previous()).isEqualTo(first));
        mvc.perform(get("/exchange/calls/" + call.value()))
                .andExpect(content().string(allOf(containsString("New date"), containsString("(America/Bogota)"),
                        containsString("(Europe/Brussels)"), not(containsString("/deadline\"")))));
        mvc.perform(get("/exchange/calls/" + UUID.randomUUID() + "/deadline").with(user(data.user(programme.secretariat()))))
                .andExpect(status().isNotFound());
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
