package org.collegium.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CollegiumIntegrationTest
@RecordApplicationEvents
class PartnershipPagesIntegrationTests {

    private final MockMvc mvc;
    private final NetworkTestData data;
    private final DirectoryEditing editing;
    private final Directory directory;
    private final JdbcClient jdbc;

    @Autowired
    PartnershipPagesIntegrationTests(MockMvc mvc, DirectoryEditing editing, Directory directory, Accounts accounts,
            Roles roles, UserDetailsService users, JdbcClient jdbc) {
        this.mvc = mvc;
        this.data = new NetworkTestData(editing, accounts, roles, users);
        this.editing = editing;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    private OrganisationSummary organisation(String name, String acronym) {
        return editing.create((UUID) null, new OrganisationDetails(name, acronym, OrganisationKind.NETWORK, "MK",
                null, null), "en");
    }

    private static MockHttpServletRequestBuilder agreement(String path, String title, String... parties) {
        return agreement(path, title, Map.of(), parties);
    }

    /** A valid agreement as the form sends it, with some fields replaced. */
    private static MockHttpServletRequestBuilder agreement(String path, String title, Map<String, String> replaced,
            String... parties) {
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "kind", "MEMORANDUM_OF_UNDERSTANDING",
                "objectives", "Exchange experience on waste management.\n\n  Train municipal staff.  \n",
                "signedOn", "2024-05-31", "signedAt", "Skopje", "status", "SIGNED", "language", "en"));
        fields.putAll(replaced);
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        for (int i = 0; i < 4; i++) {
            request.param("parties[" + i + "]", i < parties.length ? parties[i] : "");
        }
        return request;
    }

    private int agreementsTitled(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM partnership WHERE title = ?").param(title).query(Integer.class).single();
    }

    private static PartnershipId idIn(String redirect) {
        assertThat(redirect).startsWith("/directory/partnerships/");
        return new PartnershipId(UUID.fromString(redirect.substring("/directory/partnerships/".length())));
    }

    @Test
    void anAdministratorRecordsAnAgreementNamingThePartiesByNameOrAcronym(@Autowired ApplicationEvents events)
            throws Exception {
        OrganisationSummary skopje = organisation(NetworkTestData.unique("City of Skopje"), null);
        String acronym = "Z" + UUID.randomUUID().toString().substring(0, 8);
        OrganisationSummary zelenikovo = organisation(NetworkTestData.unique("Municipality of Zelenikovo"), acronym);
        String admin = data.administrator();
        String title = NetworkTestData.unique("Memorandum on waste");

        mvc.perform(get("/directory/partnerships/new").param("party", skopje.slug()).with(user(data.user(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + skopje.name() + "\"")))
                .andExpect(content().string(containsString("list=\"party-options\"")));
        String redirect = mvc.perform(agreement("/directory/partnerships/new", title, skopje.name().toUpperCase(),
                        acronym.toLowerCase()).with(user(data.user(admin))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        PartnershipView view = directory.partnership(idIn(redirect));
        assertThat(view.summary().title()).isEqualTo(title);
        assertThat(view.summary().kind()).isEqualTo(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(view.summary().status()).isEqualTo(PartnershipStatus.SIGNED);
        assertThat(view.summary().signedOn()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(view.summary().signedAt()).isEqualTo("Skopje");
        assertThat(view.summary().parties()).extracting(OrganisationSummary::id)
                .containsExactlyInAnyOrder(skopje.id(), zelenikovo.id());
        assertThat(view.objectives()).containsExactly("Exchange experience on waste management.", "Train municipal staff.");
        assertThat(events.stream(AdministrativeActionTaken.class)).anyMatch(e -> e.action().equals("network.record-partnership")
                && e.subjectId().equals(view.summary().id().value().toString()));
    }

    @Test
    void anAdministratorAmendsPartiesAndStatusOfAnAgreement(@Autowired ApplicationEvents events) throws Exception {
        OrganisationSummary a = data.organisation();
        OrganisationSummary b = data.organisation();
        OrganisationSummary c = data.organisation();
        String title = NetworkTestData.unique("Partnership to amend");
        PartnershipId id = data.partnership(title, a, b);
        String admin = data.administrator();

        mvc.perform(get("/directory/partnerships/" + id.value()).with(user(data.user(admin))))
                .andExpect(content().string(containsString("href=\"/directory/partnerships/" + id.value() + "/edit\"")));
        mvc.perform(get("/directory/partnerships/" + id.value() + "/edit").with(user(data.user(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + a.name() + "\"")))
                .andExpect(content().string(containsString("value=\"" + b.name() + "\"")))
                .andExpect(content().string(containsString("Strengthen capacities.\nTransfer know-how.")));

        mvc.perform(agreement("/directory/partnerships/" + id.value() + "/edit", title + " (renewed)",
                        Map.of("status", "TERMINATED"), a.name(), c.name(), b.name()).with(user(data.user(admin))))
                .andExpect(status().is3xxRedirection());

        PartnershipView view = directory.partnership(id);
        assertThat(view.summary().title()).isEqualTo(title + " (renewed)");
        assertThat(view.summary().status()).isEqualTo(PartnershipStatus.TERMINATED);
        assertThat(view.summary().parties()).extracting(OrganisationSummary::id)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(view.objectives()).containsExactly("Exchange experience on waste management.", "Train municipal staff.");
        assertThat(events.stream(AdministrativeActionTaken.class)).anyMatch(e -> e.action().equals("network.amend-partnership")
                && e.subjectId().equals(id.value().toString()));
    }

    @Test
    void refusesBadInputInTheUsersLanguageKeepingWhatWasTyped() throws Exception {
        OrganisationSummary a = data.organisation();
        String twin = NetworkTestData.unique("Twin association");
        organisation(twin, null);
        organisation(twin, null);
        String admin = data.administrator();
        String title = NetworkTestData.unique("Refused agreement");
        String unknown = NetworkTestData.unique("Nowhere");

        mvc.perform(agreement("/directory/partnerships/new", title, Map.of("signedOn", "31/05/2024", "kind", "TREATY"),
                        a.name(), unknown, twin, a.name())
                        .with(user(data.user(admin))).cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune organisation unique de l’annuaire")))
                .andExpect(content().string(containsString("Cette organisation est déjà partie à l’accord.")))
                .andExpect(content().string(containsString("Saisissez la date sous la forme année-mois-jour")))
                .andExpect(content().string(containsString("Choisissez le type d’accord.")))
                .andExpect(content().string(containsString("value=\"" + unknown + "\"")))
                .andExpect(content().string(containsString("value=\"31/05/2024\"")))
                .andExpect(content().string(containsString("aria-describedby=\"parties1-error\"")));
        mvc.perform(agreement("/directory/partnerships/new", "", a.name()).with(user(data.user(admin)))
                        .cookie(new Cookie("collegium_lang", "es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indique al menos dos partes.")))
                .andExpect(content().string(containsString("Escriba el título del acuerdo.")));
        assertThat(agreementsTitled(title)).isZero();

        OrganisationSummary b = data.organisation();
        PartnershipId id = data.partnership(title, a, b);
        mvc.perform(agreement("/directory/partnerships/" + id.value() + "/edit", title + " changed", a.name(), unknown)
                .with(user(data.user(admin)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No single organisation of the directory has this name")));
        assertThat(directory.partnership(id).summary().title()).isEqualTo(title);
    }

    @Test
    void focalPointsAndMembersMayNeitherRecordNorAmendAgreements() throws Exception {
        OrganisationSummary a = data.organisation();
        OrganisationSummary b = data.organisation();
        String title = NetworkTestData.unique("Guarded agreement");
        PartnershipId id = data.partnership(title, a, b);
        String newTitle = NetworkTestData.unique("Sneaked agreement");
        for (String email : List.of(data.focalPointOf(a), data.memberOf(a))) {
            mvc.perform(get("/directory/partnerships/new").with(user(data.user(email)))).andExpect(status().isForbidden());
            mvc.perform(agreement("/directory/partnerships/new", newTitle, a.name(), b.name()).with(user(data.user(email))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/directory/partnerships/" + id.value() + "/edit").with(user(data.user(email))))
                    .andExpect(status().isForbidden());
            mvc.perform(agreement("/directory/partnerships/" + id.value() + "/edit", newTitle,
                    Map.of("status", "TERMINATED"), a.name(), b.name()).with(user(data.user(email)))).andExpect(status().isForbidden());
            mvc.perform(get("/directory/partnerships/" + id.value()).with(user(data.user(email))))
                    .andExpect(content().string(not(containsString("/edit\""))));
            mvc.perform(get("/directory/" + a.slug()).with(user(data.user(email))))
                    .andExpect(content().string(not(containsString("/directory/partnerships/new"))));
        }
        assertThat(agreementsTitled(newTitle)).isZero();
        assertThat(directory.partnership(id).summary().title()).isEqualTo(title);
        assertThat(directory.partnership(id).summary().status()).isEqualTo(PartnershipStatus.SIGNED);
    }

    @Test
    void organisationPagesLinkAdministratorsToRecordingAnAgreement() throws Exception {
        OrganisationSummary a = data.organisation();
        mvc.perform(get("/directory/" + a.slug()).with(user(data.user(data.administrator()))))
                .andExpect(content().string(containsString("href=\"/directory/partnerships/new?party=" + a.slug() + "\"")));
    }

    @Test
    void suggestsPartiesAsOptionsOnly() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 11; i++) {
            organisation("Party " + token + " " + i, null);
        }
        String fragment = mvc.perform(get("/directory/partnerships/parties").param("parties[1]", "party " + token)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment.strip()).startsWith("<option");
        assertThat(fragment).doesNotContain("<html", "<datalist", "<form");
        assertThat(fragment.split("<option ", -1)).hasSize(11);
        mvc.perform(get("/directory/partnerships/parties").param("q", "Party " + token + " 10"))
                .andExpect(content().string(containsString("value=\"Party " + token + " 10\"")))
                .andExpect(content().string(not(containsString("value=\"Party " + token + " 1\""))));
    }
}
