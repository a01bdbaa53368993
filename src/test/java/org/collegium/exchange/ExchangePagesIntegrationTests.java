package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The public exchange pages: programmes, a call, the open requests (page and htmx fragment) and a request. */
@CollegiumIntegrationTest
class ExchangePagesIntegrationTests {

    private final MockMvc mvc;
    private final ExchangeTestData data;
    private final Calls calls;

    private Programme programme;
    private CallId call;
    private OrganisationSummary ugandan;
    private String focalPoint;

    @Autowired
    ExchangePagesIntegrationTests(MockMvc mvc, Programmes programmes, Calls calls, ExpertiseRequests requests,
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
    void theExchangePageListsProgrammesWithTheirOpenCallsForVisitors() throws Exception {
        CallView view = calls.get(call);
        CallId closed = data.openCall(programme);
        data.close(programme, closed);

        mvc.perform(get("/exchange"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(programme.name()), containsString(view.title()),
                        containsString("href=\"/exchange/calls/" + call.value() + "\""),
                        containsString("href=\"/exchange/requests\""), containsString("Uganda"),
                        containsString("connect@example.org"), containsString("€250,000.00"),
                        containsString(programme.secretariatOrganisation().name()),
                        containsString("href=\"/exchange\""), not(containsString("/exchange/programmes/new")),
                        containsString("Earlier calls"), containsString("href=\"/exchange/calls/" + closed.value() + "\""))));
    }

    @Test
    void theCallPageShowsTheDeadlineInTheViewersZoneAndTheCallsAndTheNewDateAfterAMove() throws Exception {
        CallView before = calls.get(call);
        Cookie bogota = new Cookie("collegium_tz", "America/Bogota");
        String bogotaDeadline = format(before.deadline().instant().atZone(ZoneId.of("America/Bogota")).toLocalDateTime());

        mvc.perform(get("/exchange/calls/" + call.value()).cookie(bogota))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(before.title()), containsString(programme.name()),
                        containsString(bogotaDeadline + " (America/Bogota)"),
                        containsString(format(before.deadline().local()) + " (Europe/Brussels)"),
                        containsString(">Open<"), not(containsString("New date")),
                        not(containsString("/requests/new")))));

        LocalDateTime later = before.deadline().local().plusDays(7);
        calls.moveDeadline(data.idOf(programme.secretariat()), call, new CallDeadline(later, ExchangeTestData.BRUSSELS));

        mvc.perform(get("/exchange/calls/" + call.value()).cookie(bogota).with(user(data.user(focalPoint))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("New date"), containsString("Previous deadline"),
                        containsString(format(later) + " (Europe/Brussels)"),
                        containsString(format(before.deadline().local()) + " (Europe/Brussels)"),
                        containsString("href=\"/exchange/calls/" + call.value() + "/requests/new\""))));
        data.close(programme, call);
        mvc.perform(get("/exchange/calls/" + call.value()).with(user(data.user(focalPoint))))
                .andExpect(content().string(allOf(containsString(">Closed<"), not(containsString("/requests/new")))));
    }

    @Test
    void theOpenRequestsAreFilteredOnTheFullPageAndInTheHtmxFragment() throws Exception {
        String food = ExchangeTestData.unique("Food security");
        String waste = ExchangeTestData.unique("Waste");
        data.request(focalPoint, call, ugandan, food, "food-security", Set.of(ExchangeMethod.STUDY_VISIT), Set.of("en"));
        data.request(focalPoint, call, ugandan, waste, "waste-management", Set.of(ExchangeMethod.EXPERT_MISSION),
                Set.of("fr"));

        mvc.perform(get("/exchange/requests").param("country", "UG").param("method", "STUDY_VISIT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("<select id=\"country\""),
                        containsString("<option value=\"UG\" selected=\"selected\">Uganda</option>"),
                        containsString(food), not(containsString(waste)))));
        mvc.perform(get("/exchange/requests").param("topic", "waste-management").param("language", "fr")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), not(containsString("<select")),
                        containsString("id=\"results\""), containsString(waste), not(containsString(food)))));
        mvc.perform(get("/exchange/requests").param("method", "NO_SUCH_METHOD"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(food), containsString(waste))));
        data.close(programme, call);
        mvc.perform(get("/exchange/requests").header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString(food)), not(containsString(waste)))));
    }

    @Test
    void thePagesSpeakFrench() throws Exception {
        String food = ExchangeTestData.unique("Sécurité alimentaire");
        ExpertiseRequestId id = data.request(focalPoint, call, ugandan, food, "food-security",
                Set.of(ExchangeMethod.STUDY_VISIT), Set.of("en"));

        mvc.perform(get("/exchange/requests").header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("Demandes d’expertise ouvertes"),
                        containsString(">Ouganda</option>"), containsString(">Sécurité alimentaire</option>"),
                        containsString(">Voyage d’étude collectif</option>"), containsString(">Anglais</option>"))));
        mvc.perform(get("/exchange/requests/" + id.value()).header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Ouganda"),
                        containsString("Chargé·e de la sécurité alimentaire"), containsString("Anglais"),
                        containsString("1 mars 2027"), containsString("Voyage d’étude collectif"))));
        mvc.perform(get("/exchange/calls/" + call.value()).header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("Date limite"), containsString("Ouvert"),
                        containsString("dans le fuseau horaire de l’appel"))));
    }

    @Test
    void theRequestPageSaysEverythingAndOffersSignedInPeopleToExpressInterestWhileTheCallIsOpen() throws Exception {
        String title = ExchangeTestData.unique("Food security");
        ExpertiseRequestId id = data.request(focalPoint, call, ugandan, title, "food-security",
                Set.of(ExchangeMethod.STUDY_VISIT, ExchangeMethod.EXPERT_MISSION), Set.of("en", "fr"));
        String page = "/exchange/requests/" + id.value();
        String expression = "href=\"" + page + "/expression\"";

        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString(ugandan.name()),
                        containsString("Uganda"), containsString("Food security"), containsString("Kyotera District"),
                        containsString("Rakai District"), containsString("Food security officer"),
                        containsString("Plans and runs the district"), containsString("Group study visit"),
                        containsString("Expert mission"), containsString("English"), containsString("French"),
                        containsString("March 1, 2027"), containsString("April 30, 2027"),
                        not(containsString(expression)), not(containsString(page + "/edit")))));
        mvc.perform(get(page).with(user(data.user(data.account()))))
                .andExpect(content().string(allOf(containsString(expression), not(containsString(page + "/edit")))));
        mvc.perform(get(page).with(user(data.user(focalPoint))))
                .andExpect(content().string(containsString("href=\"" + page + "/edit\"")));
        data.close(programme, call);
        mvc.perform(get(page).with(user(data.user(data.account()))))
                .andExpect(content().string(allOf(not(containsString(expression)), containsString("Closed"))));
    }

    @Test
    void unknownCallsAndRequestsAreNotFound() throws Exception {
        mvc.perform(get("/exchange/calls/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/calls/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/requests/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/requests/42")).andExpect(status().isNotFound());
        assertThat(calls.get(call).open()).isTrue();
    }

    private static String format(LocalDateTime local) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .format(local);
    }
}
