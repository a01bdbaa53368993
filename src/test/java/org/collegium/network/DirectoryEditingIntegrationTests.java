package org.collegium.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CollegiumIntegrationTest
@RecordApplicationEvents
class DirectoryEditingIntegrationTests {

    private final MockMvc mvc;
    private final NetworkTestData data;
    private final Directory directory;
    private final Roles roles;

    @Autowired
    DirectoryEditingIntegrationTests(MockMvc mvc, DirectoryEditing editing, Directory directory, Accounts accounts,
            Roles roles, UserDetailsService users) {
        this.mvc = mvc;
        this.data = new NetworkTestData(editing, accounts, roles, users);
        this.directory = directory;
        this.roles = roles;
    }

    @Test
    void aFocalPointEditsTheirOwnOrganisationButNotItsKind(@Autowired ApplicationEvents events) throws Exception {
        OrganisationSummary organisation = data.organisation();
        String focal = data.focalPointOf(organisation);
        mvc.perform(get("/directory/" + organisation.slug() + "/edit").with(user(data.user(focal)))).andExpect(status().isOk());
        mvc.perform(edit(organisation, "Renamed " + organisation.name(), "NETWORK", "RS", "https://example.org").with(user(data.user(focal))))
                .andExpect(redirectedUrl("/directory/" + organisation.slug()));
        OrganisationDetails details = directory.details(organisation.id()).orElseThrow();
        assertThat(details.name()).isEqualTo("Renamed " + organisation.name());
        assertThat(details.country()).isEqualTo("RS");
        assertThat(details.kind()).isEqualTo(OrganisationKind.LOCAL_GOVERNMENT);
        assertThat(events.stream(AdministrativeActionTaken.class))
                .anyMatch(e -> e.action().equals("network.update-organisation") && e.subjectId().equals(organisation.id().value().toString()));
    }

    @Test
    void focalPointsOfAnotherOrganisationAndPlainMembersMayNotEdit() throws Exception {
        OrganisationSummary organisation = data.organisation();
        String other = data.focalPointOf(data.organisation());
        String member = data.memberOf(organisation);
        for (String email : new String[] {other, member}) {
            mvc.perform(get("/directory/" + organisation.slug() + "/edit").with(user(data.user(email)))).andExpect(status().isForbidden());
            mvc.perform(edit(organisation, "Hijacked", "NETWORK", "RS", null).with(user(data.user(email))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/directory/" + organisation.slug() + "/description").param("language", "en")
                    .param("text", "Hijacked").param("status", "ORIGINAL").with(csrf()).with(user(data.user(email))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/directory/" + organisation.slug() + "/focal-points").param("email", email)
                    .with(csrf()).with(user(data.user(email)))).andExpect(status().isForbidden());
            mvc.perform(get("/directory/new").with(user(data.user(email)))).andExpect(status().isForbidden());
        }
        assertThat(directory.details(organisation.id()).orElseThrow().name()).isEqualTo(organisation.name());
        assertThat(directory.profile(organisation.slug()).description().translations()).isEmpty();
        assertThat(roles.holders(Role.FOCAL_POINT, organisation.id().value())).isEmpty();
    }

    @Test
    void aFocalPointMayNotAddMemberships() throws Exception {
        OrganisationSummary organisation = data.organisation();
        OrganisationSummary parent = data.organisation();
        String focal = data.focalPointOf(organisation);
        mvc.perform(post("/directory/" + organisation.slug() + "/memberships").param("parent", parent.slug())
                .with(csrf()).with(user(data.user(focal)))).andExpect(status().isForbidden());
        assertThat(directory.profile(organisation.slug()).memberOf()).isEmpty();
    }

    @Test
    void administratorsCreateOrganisationsWithUniqueSlugs() throws Exception {
        String admin = data.administrator();
        String name = NetworkTestData.unique("Ville de Cotonou");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/directory/new").param("name", name).param("kind", "LOCAL_GOVERNMENT").param("country", "BJ")
                    .param("language", "fr").with(csrf()).with(user(data.user(admin))))
                    .andExpect(status().is3xxRedirection());
        }
        String slug = Slugs.from(name);
        assertThat(directory.findBySlug(slug)).isPresent();
        assertThat(directory.findBySlug(slug + "-2")).isPresent();
    }

    @Test
    void badInputIsShownInTheViewersLanguageWithWhatWasTypedAndNothingIsWritten() throws Exception {
        OrganisationSummary organisation = data.organisation();
        String admin = data.administrator();
        String page = mvc.perform(edit(organisation, "x".repeat(201), "LOCAL_GOVERNMENT", "XK", "javascript:alert(1)")
                        .with(user(data.user(admin))).cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le nom compte au plus 200 caractères", "Choisissez un pays dans la liste",
                "Saisissez une adresse web commençant par http", "value=\"javascript:alert(1)\"", "x".repeat(201),
                "aria-invalid=\"true\"");
        assertThat(directory.details(organisation.id()).orElseThrow().name()).isEqualTo(organisation.name());
        String creating = mvc.perform(post("/directory/new").param("name", "<b>Bold</b>").param("kind", "FOO")
                        .param("language", "en").with(csrf()).with(user(data.user(admin))).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(creating).contains("&lt;b&gt;Bold&lt;/b&gt;").doesNotContain("<b>Bold");
    }

    @Test
    void refusesMembershipCyclesWithAClearMessage() throws Exception {
        String admin = data.administrator();
        OrganisationSummary network = data.organisation(NetworkTestData.unique("Network"), OrganisationKind.NETWORK, null);
        OrganisationSummary association = data.organisation();
        data.member(association, network);
        String page = mvc.perform(post("/directory/" + network.slug() + "/memberships").param("parent", association.slug())
                        .with(csrf()).with(user(data.user(admin))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Refused: that organisation is already");
        mvc.perform(post("/directory/" + association.slug() + "/memberships").param("parent", network.slug())
                .with(csrf()).with(user(data.user(admin)))).andExpect(status().isOk());
        assertThat(directory.profile(network.slug()).memberOf()).isEmpty();
        assertThat(directory.profile(network.slug()).members()).hasSize(1);
    }

    @Test
    void focalPointsNameAndRemoveFocalPointsAndAddDescriptions() throws Exception {
        OrganisationSummary organisation = data.organisation();
        String focal = data.focalPointOf(organisation);
        String colleague = data.account();
        mvc.perform(post("/directory/" + organisation.slug() + "/focal-points").param("email", colleague)
                .with(csrf()).with(user(data.user(focal)))).andExpect(status().is3xxRedirection());
        assertThat(roles.holds(data.idOf(colleague), Role.FOCAL_POINT, organisation.id().value())).isTrue();
        mvc.perform(post("/directory/" + organisation.slug() + "/focal-points").param("email", "nobody-" + colleague)
                        .with(csrf()).with(user(data.user(focal))))
                .andExpect(status().isOk());
        mvc.perform(post("/directory/" + organisation.slug() + "/focal-points/" + data.idOf(colleague).value() + "/remove")
                .with(csrf()).with(user(data.user(focal)))).andExpect(status().is3xxRedirection());
        assertThat(roles.holds(data.idOf(colleague), Role.FOCAL_POINT, organisation.id().value())).isFalse();
        mvc.perform(post("/directory/" + organisation.slug() + "/description").param("language", "fr")
                .param("text", "Une commune.").param("status", "TRANSLATED").with(csrf()).with(user(data.user(focal))))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.profile(organisation.slug()).description().readable("fr")).contains("Une commune.");
    }

    private static MockHttpServletRequestBuilder edit(OrganisationSummary organisation, String name, String kind,
            String country, String website) {
        MockHttpServletRequestBuilder request = post("/directory/" + organisation.slug() + "/edit").param("name", name)
                .param("kind", kind).param("country", country).with(csrf());
        return website == null ? request : request.param("website", website);
    }
}
