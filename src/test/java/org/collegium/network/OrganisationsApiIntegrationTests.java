package org.collegium.network;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@CollegiumIntegrationTest
class OrganisationsApiIntegrationTests {

    private final MockMvc mvc;
    private final NetworkTestData data;

    @Autowired
    OrganisationsApiIntegrationTests(MockMvc mvc, DirectoryEditing editing, Accounts accounts, Roles roles,
            UserDetailsService users) {
        this.mvc = mvc;
        this.data = new NetworkTestData(editing, accounts, roles, users);
    }

    @Test
    void searchesOrganisationsAPageAtATime() throws Exception {
        String marker = NetworkTestData.unique("Api").replace(" ", "");
        for (int i = 0; i < 3; i++) {
            data.organisation("Município " + marker + " " + i, OrganisationKind.LOCAL_GOVERNMENT, "BR");
        }
        mvc.perform(get("/api/v1/organisations").param("q", "municipio " + marker).param("country", "BR").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].name").value("Município " + marker + " 0"))
                .andExpect(jsonPath("$.items[0].kind").value("LOCAL_GOVERNMENT"))
                .andExpect(jsonPath("$.items[0].country").value("BR"))
                .andExpect(jsonPath("$.items[0].links.html").exists())
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void showsAnOrganisationWithItsDescriptionInTheLanguageAskedForOrANamedFallback() throws Exception {
        OrganisationSummary network = data.organisation(NetworkTestData.unique("Network"), OrganisationKind.NETWORK, null);
        OrganisationSummary member = data.organisation();
        data.member(member, network);
        data.describe(network, "en", "A network.");
        data.describe(network, "fr", "Un réseau.");
        PartnershipId agreement = data.partnership(NetworkTestData.unique("MoU"), network, member);
        mvc.perform(get("/api/v1/organisations/" + network.slug()).header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.slug").value(network.slug()))
                .andExpect(jsonPath("$.description.text").value("Un réseau."))
                .andExpect(jsonPath("$.description.language").value("fr"))
                .andExpect(jsonPath("$.description.fallback").value(false))
                .andExpect(jsonPath("$.members[0].organisation.slug").value(member.slug()))
                .andExpect(jsonPath("$.partnerships[0].id").value(agreement.value().toString()));
        mvc.perform(get("/api/v1/organisations/" + network.slug()).header("Accept-Language", "mn"))
                .andExpect(jsonPath("$.description.language").value("en"))
                .andExpect(jsonPath("$.description.fallback").value(true));
        mvc.perform(get("/api/v1/partnerships/" + agreement.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnership.parties", hasSize(2)))
                .andExpect(jsonPath("$.objectives[0]").value("Strengthen capacities."));
    }

    @Test
    void answersProblemDetailsForUnknownAddressesAndInvalidParameters() throws Exception {
        mvc.perform(get("/api/v1/organisations/no-such-organisation").header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/partnerships/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        for (String[] parameter : new String[][] {{"kind", "FOO"}, {"size", "10000"}, {"size", "0"}, {"page", "-1"},
                {"country", "XK"}, {"page", "abc"}}) {
            mvc.perform(get("/api/v1/organisations").param(parameter[0], parameter[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400));
        }
    }

    @Test
    void documentsTheDirectoryInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.parameters", hasSize(5)))
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{slug}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}']").exists());
    }
}
