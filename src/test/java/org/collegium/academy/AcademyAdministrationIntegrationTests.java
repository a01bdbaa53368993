package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Opening academies, changing their settings, logo and staff: as the right people, with bad input refused
 * in the user's language and nothing stored.
 */
@CollegiumIntegrationTest
@RecordApplicationEvents
class AcademyAdministrationIntegrationTests {

    private final MockMvc mvc;
    private final Academies academies;
    private final AcademyStaff staff;
    private final AcademyFixtures fixtures;

    @Autowired
    AcademyAdministrationIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users) {
        this.mvc = mvc;
        this.academies = academies;
        this.staff = staff;
        this.fixtures = new AcademyFixtures(jdbc, accounts, roles, academies, staff, users);
    }

    @Test
    void aPlatformAdministratorOpensAnAcademyAndNamesItsAdministrator(@Autowired ApplicationEvents events)
            throws Exception {
        String platform = fixtures.platformAdministrator();
        String future = fixtures.account("future-admin");
        AcademyFixtures.OrganisationRow organisation = fixtures.organisation("Association of Somewhere");
        String slug = AcademyFixtures.unique("new-academy");
        mvc.perform(get("/admin/academies/new").with(fixtures.as(platform))).andExpect(status().isOk());
        mvc.perform(newAcademy(platform, slug, organisation.slug(), "#1f5f8b").param("administratorEmail", future))
                .andExpect(redirectedUrl("/academies/" + slug));

        AcademySummary created = academies.findBySlug(slug).orElseThrow();
        assertThat(created.organisation().name()).isEqualTo("Association of Somewhere");
        assertThat(created.languages()).containsExactly("en", "mk");
        assertThat(staff.holds(created.id(), fixtures.idOf(future), Role.ACADEMY_ADMINISTRATOR)).isTrue();
        assertThat(events.stream(AdministrativeActionTaken.class).map(AdministrativeActionTaken::action))
                .contains("academy.create", "academy.appoint-administrator");
        mvc.perform(get("/admin/academies").with(fixtures.as(platform)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(slug)));
    }

    @Test
    void onlyPlatformAdministratorsOpenAcademies() throws Exception {
        String someone = fixtures.account("someone");
        AcademySummary theirs = fixtures.academy(someone);
        String slug = AcademyFixtures.unique("sneaky");
        mvc.perform(get("/admin/academies/new").with(fixtures.as(someone))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/academies").with(fixtures.as(someone))).andExpect(status().isForbidden());
        mvc.perform(newAcademy(someone, slug, theirs.organisation().slug(), "#1f5f8b"))
                .andExpect(status().isForbidden());
        assertThat(academies.findBySlug(slug)).isEmpty();
    }

    @Test
    void refusesBadSlugsDuplicatesAndUnreadableColoursInTheUsersLanguageKeepingWhatWasTyped() throws Exception {
        String platform = fixtures.platformAdministrator();
        AcademySummary existing = fixtures.academy(null);
        String organisation = existing.organisation().slug();
        mvc.perform(newAcademy(platform, "Bad Slug!", organisation, "#1f5f8b").cookie(new jakarta.servlet.http.Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utilisez de 2 à 40 lettres minuscules")))
                .andExpect(content().string(containsString("value=\"Bad Slug!\"")));
        mvc.perform(newAcademy(platform, "admin", organisation, "#1f5f8b"))
                .andExpect(content().string(containsString("is reserved by the site")));
        mvc.perform(newAcademy(platform, existing.slug(), organisation, "#1f5f8b").cookie(new jakarta.servlet.http.Cookie("collegium_lang", "es")))
                .andExpect(content().string(containsString("ya la usa otra academia")));
        String lowContrast = AcademyFixtures.unique("pale");
        mvc.perform(newAcademy(platform, lowContrast, organisation, "#777777"))
                .andExpect(content().string(containsString("contrast ratio of 4.48 to 1 against white")))
                .andExpect(content().string(containsString("aria-describedby=\"accentColour-hint accentColour-error\"")));
        String unknownOrganisation = AcademyFixtures.unique("orphan");
        mvc.perform(newAcademy(platform, unknownOrganisation, "no-such-organisation", "#1f5f8b"))
                .andExpect(content().string(containsString("There is no organisation at this address")));
        String noAccount = AcademyFixtures.unique("nobody");
        mvc.perform(newAcademy(platform, noAccount, organisation, "#1f5f8b")
                        .param("administratorEmail", "nobody-" + noAccount + "@example.org"))
                .andExpect(content().string(containsString("There is no account with this e-mail address")));
        assertThat(academies.findBySlug(lowContrast)).isEmpty();
        assertThat(academies.findBySlug(unknownOrganisation)).isEmpty();
        assertThat(academies.findBySlug(noAccount)).as("the academy and its administrator go together").isEmpty();
        assertThat(academies.findBySlug("admin")).isEmpty();
    }

    @Test
    void anAdministratorEditsTheDescriptionPerLanguageAndTheColour() throws Exception {
        String admin = fixtures.account("editor");
        AcademySummary academy = fixtures.academy(admin);
        mvc.perform(get("/academies/{slug}/manage", academy.slug()).param("language", "fr").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"descriptionLanguage\" value=\"fr\"")));
        mvc.perform(post("/academies/{slug}/manage", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("name", "Renamed academy").param("languages", "en", "fr", "mn")
                        .param("accentColour", "#9C2F1C").param("descriptionLanguage", "fr")
                        .param("description", "Une académie pour les tests."))
                .andExpect(status().is3xxRedirection());
        AcademySummary after = academies.findBySlug(academy.slug()).orElseThrow();
        assertThat(after.name()).isEqualTo("Renamed academy");
        assertThat(after.languages()).containsExactly("en", "fr", "mn");
        assertThat(after.accentColour()).isEqualTo("#9c2f1c");
        assertThat(after.description().readable("fr")).contains("Une académie pour les tests.");
        assertThat(after.description().readable("en")).contains("An academy for tests.");

        mvc.perform(post("/academies/{slug}/manage", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("name", "Pale academy").param("accentColour", "#eeeeee")
                        .param("descriptionLanguage", "en").param("description", "Changed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one language.")))
                .andExpect(content().string(containsString("value=\"Pale academy\"")));
        mvc.perform(post("/academies/{slug}/manage", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("name", "Pale academy").param("languages", "en").param("accentColour", "#eeeeee")
                        .param("descriptionLanguage", "en").param("description", "Changed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a darker colour.")));
        assertThat(academies.findBySlug(academy.slug()).orElseThrow()).isEqualTo(after);
    }

    @Test
    void aLogoIsStoredUnderNoGivenNameAndServedSafely() throws Exception {
        String admin = fixtures.account("logo");
        AcademySummary academy = fixtures.academy(admin);
        byte[] png = TestImages.png(200, 100);
        mvc.perform(logo(academy, admin, new MockMultipartFile("logo", "../../evil.html", "text/html", png)))
                .andExpect(status().is3xxRedirection());
        AcademySummary after = academies.findBySlug(academy.slug()).orElseThrow();
        assertThat(after.logoVersion()).isNotNull();
        mvc.perform(get("/academies/{slug}/logo", academy.slug()).param("v", after.logoVersion()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"logo\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("ETag", "\"" + after.logoVersion() + "\""));
        mvc.perform(get("/academies/{slug}/logo", academy.slug()).header("If-None-Match", "\"" + after.logoVersion() + "\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/academies/{slug}", academy.slug()))
                .andExpect(content().string(containsString("/logo?v=" + after.logoVersion())));
    }

    @Test
    void refusesLogosThatAreTooHeavyTooLargeOrNotImagesAndStoresNothing() throws Exception {
        String admin = fixtures.account("bad-logo");
        AcademySummary academy = fixtures.academy(admin);
        mvc.perform(logo(academy, admin, new MockMultipartFile("logo", "logo.png", "image/png",
                        "I am text, not a picture".getBytes(StandardCharsets.UTF_8))).cookie(new jakarta.servlet.http.Cookie("collegium_lang", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ce fichier n’en est pas une")));
        mvc.perform(logo(academy, admin, new MockMultipartFile("logo", "logo.png", "image/png",
                        TestImages.noisyPng(300, 300))))
                .andExpect(content().string(containsString("The logo may weigh at most 200 KB.")));
        mvc.perform(logo(academy, admin, new MockMultipartFile("logo", "logo.png", "image/png",
                        TestImages.png(1200, 40))).cookie(new jakarta.servlet.http.Cookie("collegium_lang", "es")))
                .andExpect(content().string(containsString("Esta imagen mide 1200 por 40 píxeles")));
        assertThat(academies.logo(academy.slug())).isEmpty();
    }

    @Test
    void staffAreAppointedAndRemovedButTheLastAdministratorStays() throws Exception {
        String admin = fixtures.account("staff-admin");
        AcademySummary academy = fixtures.academy(admin);
        String facilitator = fixtures.account("facilitator");
        mvc.perform(post("/academies/{slug}/manage/staff", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("email", facilitator).param("role", "FACILITATOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(staff.holds(academy.id(), fixtures.idOf(facilitator), Role.FACILITATOR)).isTrue();
        mvc.perform(get("/academies/{slug}/manage/staff", academy.slug()).with(fixtures.as(admin)))
                .andExpect(content().string(containsString(facilitator)))
                .andExpect(content().string(containsString("Facilitator")));

        mvc.perform(post("/academies/{slug}/manage/staff", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("email", "nobody-" + AcademyFixtures.unique("x") + "@example.org").param("role", "FACILITATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no account with this e-mail address")));
        mvc.perform(post("/academies/{slug}/manage/staff", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("email", facilitator).param("role", "LEARNER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose administrator or facilitator.")));

        mvc.perform(post("/academies/{slug}/manage/staff/remove", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("account", fixtures.idOf(admin).value().toString()).param("role", "ACADEMY_ADMINISTRATOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(staff.holds(academy.id(), fixtures.idOf(admin), Role.ACADEMY_ADMINISTRATOR)).isTrue();

        mvc.perform(post("/academies/{slug}/manage/staff/remove", academy.slug()).with(fixtures.as(admin)).with(csrf())
                        .param("account", fixtures.idOf(facilitator).value().toString()).param("role", "FACILITATOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(staff.holds(academy.id(), fixtures.idOf(facilitator), Role.FACILITATOR)).isFalse();

        String second = fixtures.account("second-admin");
        staff.appoint(fixtures.idOf(admin), academy.id(), second, Role.ACADEMY_ADMINISTRATOR);
        staff.dismiss(fixtures.idOf(second), academy.id(), fixtures.idOf(admin), Role.ACADEMY_ADMINISTRATOR);
        assertThat(staff.holds(academy.id(), fixtures.idOf(admin), Role.ACADEMY_ADMINISTRATOR)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> staff.dismiss(fixtures.idOf(second), academy.id(),
                        fixtures.idOf(second), Role.ACADEMY_ADMINISTRATOR))
                .isInstanceOfSatisfying(AcademyRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("academy.staff.last-administrator"));
    }

    @Test
    void learnersAreRegisteredForLaterEnrolment() {
        AcademySummary academy = fixtures.academy(null);
        String learner = fixtures.account("learner");
        assertThat(staff.holds(academy.id(), fixtures.idOf(learner), Role.LEARNER)).isFalse();
        staff.registerLearner(academy.id(), fixtures.idOf(learner));
        staff.registerLearner(academy.id(), fixtures.idOf(learner));
        assertThat(staff.holds(academy.id(), fixtures.idOf(learner), Role.LEARNER)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> staff.registerLearner(
                        new AcademyId(java.util.UUID.randomUUID()), fixtures.idOf(learner)))
                .isInstanceOf(org.collegium.shared.NotFoundException.class);
    }

    private MockHttpServletRequestBuilder newAcademy(String as, String slug, String organisation, String colour) {
        return post("/admin/academies/new").with(fixtures.as(as)).with(csrf())
                .param("slug", slug).param("name", "Academy " + slug).param("organisation", organisation)
                .param("language", "en").param("description", "Training for municipal staff.")
                .param("languages", "en", "mk").param("accentColour", colour);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder logo(AcademySummary academy, String as, MockMultipartFile file) {
        var request = multipart("/academies/{slug}/manage/logo", academy.slug()).file(file);
        request.with(fixtures.as(as)).with(csrf());
        return request;
    }
}
