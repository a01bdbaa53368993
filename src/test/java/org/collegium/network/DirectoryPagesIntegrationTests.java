package org.collegium.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@CollegiumIntegrationTest
class DirectoryPagesIntegrationTests {

    private final MockMvc mvc;
    private final NetworkTestData data;
    private final EntityManagerFactory entityManagerFactory;

    @Autowired
    DirectoryPagesIntegrationTests(MockMvc mvc, DirectoryEditing editing, Accounts accounts, Roles roles,
            UserDetailsService users, EntityManagerFactory entityManagerFactory) {
        this.mvc = mvc;
        this.data = new NetworkTestData(editing, accounts, roles, users);
        this.entityManagerFactory = entityManagerFactory;
    }

    @Test
    void findsOrganisationsWhateverTheCaseAndAccentsWithTheFullPageOrOnlyTheResults() throws Exception {
        String marker = NetworkTestData.unique("Zqx").replace(" ", "");
        data.organisation("Bogotá " + marker, OrganisationKind.LOCAL_GOVERNMENT, "CO");
        String page = mvc.perform(get("/directory").param("q", "BOGOTA " + marker.toUpperCase()).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html", "Bogotá " + marker, "Une organisation trouvée", "Colombie", "hx-get=\"/directory\"");
        String fragment = mvc.perform(get("/directory").param("q", "bogota " + marker).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"results\"", "Bogotá " + marker).doesNotContain("<html", "<header");
    }

    @Test
    void filtersByKindAndCountryAndSaysWhenNothingMatches() throws Exception {
        String marker = NetworkTestData.unique("Filter").replace(" ", "");
        data.organisation("Kampala " + marker, OrganisationKind.LOCAL_GOVERNMENT, "UG");
        data.organisation("Association " + marker, OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "UG");
        mvc.perform(get("/directory").param("q", marker).param("kind", "LOCAL_GOVERNMENT").param("country", "UG"))
                .andExpect(content().string(containsString("Kampala " + marker)))
                .andExpect(content().string(not(containsString("Association " + marker))));
        mvc.perform(get("/directory").param("q", marker).param("country", "GH").header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Ninguna organización coincide")));
    }

    @Test
    void showsAnOrganisationWithItsMembersAgreementsFocalPointsAndDescriptionFallback() throws Exception {
        OrganisationSummary network = data.organisation(NetworkTestData.unique("Network"), OrganisationKind.NETWORK, null);
        OrganisationSummary association = data.organisation(NetworkTestData.unique("Association"),
                OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "RS");
        data.member(association, network);
        data.describe(network, "en", "A network of associations.");
        data.partnership("MoU " + network.name(), network, association);
        String focal = data.focalPointOf(network);
        String name = data.user(focal).getUsername();
        String page = mvc.perform(get("/directory/" + network.slug()).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(association.name(), "MoU " + network.name(), "A network of associations.",
                "Pas encore disponible dans votre langue", "Protocole d’accord").doesNotContain(name);
        assertThat(page).contains(((org.collegium.shared.Viewer) data.user(focal)).displayName());
        mvc.perform(get("/directory/" + association.slug()))
                .andExpect(content().string(containsString(network.name())));
    }

    @Test
    void escapesMarkupInNames() throws Exception {
        OrganisationSummary organisation = data.organisation("<script>alert('x')</script> " + NetworkTestData.unique("Town"),
                OrganisationKind.LOCAL_GOVERNMENT, "AL");
        mvc.perform(get("/directory/" + organisation.slug()))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
    }

    @Test
    void unknownOrganisationsAndAgreementsAreNotFound() throws Exception {
        mvc.perform(get("/directory/no-such-organisation-here").header("Accept-Language", "fr")).andExpect(status().isNotFound());
        mvc.perform(get("/directory/partnerships/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/directory/partnerships/not-a-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void showsAnAgreementWithItsPartiesAndObjectivesInOrder() throws Exception {
        OrganisationSummary a = data.organisation();
        OrganisationSummary b = data.organisation();
        PartnershipId id = data.partnership(NetworkTestData.unique("Memorandum"), a, b);
        String page = mvc.perform(get("/directory/partnerships/" + id.value())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(a.name(), b.name(), "2022-07-01", "Darkhan");
        assertThat(page.indexOf("Strengthen capacities.")).isLessThan(page.indexOf("Transfer know-how."));
    }

    @Test
    void loadsAnOrganisationPageAndTheDirectoryInAFixedNumberOfStatements() throws Exception {
        OrganisationSummary small = data.organisation(NetworkTestData.unique("Small"), OrganisationKind.NETWORK, null);
        data.member(data.organisation(), small);
        data.partnership(NetworkTestData.unique("Agreement"), small, data.organisation());
        OrganisationSummary large = data.organisation(NetworkTestData.unique("Large"), OrganisationKind.NETWORK, null);
        for (int i = 0; i < 6; i++) {
            data.member(data.organisation(), large);
            data.partnership(NetworkTestData.unique("Agreement"), large, data.organisation(), data.organisation());
            data.focalPointOf(large);
        }
        data.focalPointOf(small);
        long forSmall = statements("/directory/" + small.slug());
        long forLarge = statements("/directory/" + large.slug());
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(10);
        long firstPage = statements("/directory?q=municipality");
        long withFilters = statements("/directory?q=municipality&kind=LOCAL_GOVERNMENT&country=MK&page=1");
        assertThat(firstPage).isLessThanOrEqualTo(4);
        assertThat(withFilters).isLessThanOrEqualTo(4);
    }

    private long statements(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get(url)).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
