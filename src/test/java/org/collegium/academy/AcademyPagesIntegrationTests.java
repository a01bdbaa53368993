package org.collegium.academy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public academy pages and API: languages, fallback, escaping, branding, unknown addresses.
 */
@CollegiumIntegrationTest
class AcademyPagesIntegrationTests {

    private final MockMvc mvc;
    private final Academies academies;
    private final AcademyFixtures fixtures;

    @Autowired
    AcademyPagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users) {
        this.mvc = mvc;
        this.academies = academies;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
    }

    @Test
    void theListShowsEachAcademyWithItsOrganisationAndLanguages() throws Exception {
        AcademySummary academy = fixtures.academy(null);
        mvc.perform(get("/academies").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(academy.name())))
                .andExpect(content().string(containsString("An academy of " + academy.organisation().name())))
                .andExpect(content().string(containsString("English, Français")))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(get("/academies").header("HX-Request", "true"))
                .andExpect(content().string(containsString(academy.name())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theHomeShowsTheBrandingDescriptionAndOrganisationEscapingMarkup() throws Exception {
        AcademySummary academy = fixtures.academy(null, "<script>alert('x')</script> Learning <b>together</b>");
        mvc.perform(get("/academies/{slug}", academy.slug()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>together"))))
                .andExpect(content().string(containsString("--accent: #1f5f8b;")))
                .andExpect(content().string(containsString("<style nonce=\"")))
                .andExpect(content().string(not(containsString("style=\""))))
                .andExpect(content().string(containsString("href=\"/directory/" + academy.organisation().slug() + "\"")))
                .andExpect(content().string(containsString("href=\"/academies/" + academy.slug() + "/courses\"")))
                .andExpect(content().string(not(containsString("Not yet available in your language"))));
    }

    @Test
    void saysWhenTheDescriptionIsNotInTheViewersLanguage() throws Exception {
        AcademySummary academy = fixtures.academy(null, "Only written in English.");
        mvc.perform(get("/academies/{slug}", academy.slug()).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Only written in English.")))
                .andExpect(content().string(containsString("Pas encore disponible dans votre langue")));
    }

    @Test
    void unknownAddressesAnswer404() throws Exception {
        mvc.perform(get("/academies/no-such-academy-here").header("Accept-Language", "es")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academies/no-such-academy-here/logo")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academies/no-such-academy-here").header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("No encontrado"));
        mvc.perform(get("/api/v1/academies/no-such-academy-here/staff")).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsAcademiesAndGivesDetailsInTheLanguageAsked() throws Exception {
        AcademySummary academy = fixtures.academy(null, "Written in English.");
        String admin = fixtures.account("api-admin");
        AcademySummary described = academies.findBySlug(academy.slug()).orElseThrow();
        academies.describeOnBehalfOf(null, described.id(), "fr", "Écrit en français.");
        mvc.perform(get("/api/v1/academies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == '" + academy.slug() + "')].name").value(academy.name()))
                .andExpect(jsonPath("$[?(@.slug == '" + academy.slug() + "')].organisation.slug")
                        .value(academy.organisation().slug()))
                .andExpect(jsonPath("$[?(@.slug == '" + academy.slug() + "')].href")
                        .value("/api/v1/academies/" + academy.slug()));
        mvc.perform(get("/api/v1/academies/{slug}", academy.slug()).header("Accept-Language", "mn, fr;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.slug").value(academy.slug()))
                .andExpect(jsonPath("$.description").value("Écrit en français."))
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.fallback").value(false))
                .andExpect(jsonPath("$.languages[0]").value("en"))
                .andExpect(jsonPath("$.accentColour").value("#1f5f8b"))
                .andExpect(jsonPath("$.organisation.href", startsWith("/directory/")))
                .andExpect(jsonPath("$.logo").doesNotExist());
        mvc.perform(get("/api/v1/academies/{slug}", academy.slug()).header("Accept-Language", "ar"))
                .andExpect(jsonPath("$.description").value("Written in English."))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.fallback").value(true))
                .andExpect(content().string(not(containsString(admin))));
    }

    @Test
    void theOpenApiDocumentDescribesTheAcademiesApi() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/academies'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/academies/{slug}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/academies/{slug}/staff'].get.responses['403']").exists());
    }
}
