package org.collegium.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CertificateRefusal;
import org.collegium.academy.CertificateStatus;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.academy.IssueCertificate;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issuing, verifying, listing and revoking certificates, on the real database, through the facade and the pages.
 */
@CollegiumIntegrationTest
class CertificateIntegrationTests {

    private final MockMvc mvc;
    private final Certificates certificates;
    private final JdbcTemplate jdbc;
    private final CertificateFixtures fixtures;

    private String administrator;
    private String learner;
    private AcademySummary academy;

    @Autowired
    CertificateIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, Certificates certificates, UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.fixtures = new CertificateFixtures(jdbc, accounts, roles, academies, staff, certificates, users);
    }

    @BeforeEach
    void anAcademyWithALearner() {
        administrator = fixtures.account("admin", "Elena Petrovska");
        learner = fixtures.account("learner", "Оюунчимэг Цэнд");
        academy = fixtures.academy(administrator);
    }

    @Test
    void issuingTwiceForOneEnrolmentReturnsTheSameCertificate() {
        IssueCertificate completion = fixtures.completion(academy, learner);

        CertificateView first = certificates.issue(completion);
        CertificateView second = certificates.issue(completion);

        assertThat(second.number()).isEqualTo(first.number());
        assertThat(first.number()).matches(CertificateNumbers.FORM.pattern()).startsWith("NALAS-2026-");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", Integer.class,
                completion.enrolment().value())).isEqualTo(1);
        assertThat(first.learnerName()).isEqualTo("Оюунчимэг Цэнд");
        assertThat(first.issuerName()).isEqualTo(academy.name());
        assertThat(first.issuerUrl()).endsWith("/academies/" + academy.slug());
        assertThat(first.openBadge().validFrom()).isEqualTo(completion.completedAt());
        assertThat(first.openBadge().achievementId()).isEqualTo("urn:uuid:" + completion.course().value());
        assertThat(SubjectIdentity.of(learner, first.openBadge().subjectIdentitySalt()).hash())
                .isEqualTo(first.openBadge().subjectIdentityHash());
        assertThat(first.openBadge().subjectIdentityHash()).doesNotContain(learner);
    }

    @Test
    void aCertificateKeepsTheLearnersNameAsItWasWhenIssued() {
        CertificateView issued = fixtures.issue(academy, learner);
        jdbc.update("UPDATE account SET display_name = ? WHERE email = ?", "Someone Else", learner);

        assertThat(certificates.get(issued.number()).learnerName()).isEqualTo("Оюунчимэг Цэнд");
    }

    @Test
    void theVerificationPageSaysValidThenRevokedWithDateAndReason() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);

        String valid = mvc.perform(get("/certificates/{number}", issued.number()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(valid).contains("Valid", "Оюунчимэг Цэнд", "Municipal finance and local budgets", academy.name(),
                issued.number(), "(UTC)", "<svg", "role=\"img\"",
                "QR code of the verification address http://localhost:8080/certificates/" + issued.number())
                .doesNotContain("Revoked");
        assertThat(valid.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(60_000);

        mvc.perform(post("/academies/{slug}/manage/certificates/{number}/revoke", academy.slug(), issued.number())
                        .param("reason", "Plagiarised final assignment").with(csrf()).with(fixtures.as(administrator)))
                .andExpect(status().is3xxRedirection());

        String revoked = mvc.perform(get("/certificates/{number}", issued.number()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revoked).contains("Revoked", "Plagiarised final assignment", "This certificate was revoked on");
        assertThat(fixtures.statusOf(issued.number())).isEqualTo("REVOKED");
        assertThat(fixtures.auditEntries(issued.number())).isEqualTo(1);
        CertificateView after = certificates.get(issued.number());
        assertThat(after.revokedBy()).isEqualTo(fixtures.idOf(administrator));
        assertThat(after.revokedAt()).isNotNull();
    }

    @Test
    void anUnknownNumberIsNotFound() throws Exception {
        mvc.perform(get("/certificates/{number}", "NALAS-2026-AAAA-BBBB")).andExpect(status().isNotFound());
        mvc.perform(get("/certificates/{number}.pdf", "NALAS-2026-AAAA-BBBB")).andExpect(status().isNotFound());
    }

    @Test
    void theCertificateIsShownInTheChosenLanguageAndSaysWhenTheTitleFallsBack() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);

        String french = mvc.perform(get("/certificates/{number}", issued.number()).param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(french).contains("lang=\"fr\"", "Certificat de réussite", "Valide",
                "Finances municipales et budgets locaux").doesNotContain("Certificate of completion");

        String spanish = mvc.perform(get("/certificates/{number}", issued.number()).param("lang", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("Certificado de finalización", "Municipal finance and local budgets",
                "fallback-note");
    }

    @Test
    void theLearnersUiLanguageIsTheDefault() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);

        String page = mvc.perform(get("/certificates/{number}", issued.number()).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Certificat de réussite", "Finances municipales et budgets locaux");
    }

    @Test
    void anotherAcademysAdministratorCannotListOrRevokeAndNothingChanges() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);
        String otherAdministrator = fixtures.account("other-admin", "Bat-Erdene Ganbold");
        AcademySummary other = fixtures.academy(otherAdministrator);

        mvc.perform(get("/academies/{slug}/manage/certificates", academy.slug()).with(fixtures.as(otherAdministrator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academies/{slug}/manage/certificates/{number}/revoke", academy.slug(), issued.number())
                        .param("reason", "Not mine to revoke").with(csrf()).with(fixtures.as(otherAdministrator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academies/{slug}/manage/certificates/{number}/revoke", other.slug(), issued.number())
                        .param("reason", "Through my own academy").with(csrf()).with(fixtures.as(otherAdministrator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/academies/{slug}/manage/certificates/{number}/revoke", academy.slug(), issued.number())
                        .param("reason", "I am the learner").with(csrf()).with(fixtures.as(learner)))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> certificates.revoke(fixtures.idOf(otherAdministrator), academy.id(), issued.number(),
                "Straight through the facade")).isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.statusOf(issued.number())).isEqualTo("VALID");
        assertThat(fixtures.auditEntries(issued.number())).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToSignInBeforeManaging() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);

        mvc.perform(post("/academies/{slug}/manage/certificates/{number}/revoke", academy.slug(), issued.number())
                        .param("reason", "Anonymous").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));

        assertThat(fixtures.statusOf(issued.number())).isEqualTo("VALID");
    }

    @Test
    void aPlatformAdministratorMayRevoke() {
        CertificateView issued = fixtures.issue(academy, learner);

        CertificateView revoked = certificates.revoke(fixtures.idOf(fixtures.platformAdministrator()), academy.id(),
                issued.number(), "Issued by mistake");

        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void revokingWithoutAReasonRedisplaysTheFormAndChangesNothing() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);

        mvc.perform(post("/academies/{slug}/manage/certificates/{number}/revoke", academy.slug(), issued.number())
                        .param("reason", "   ").with(csrf()).with(fixtures.as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Give the reason for the revocation.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-describedby=\"reason-error\"")));

        assertThat(fixtures.statusOf(issued.number())).isEqualTo("VALID");
        assertThat(fixtures.auditEntries(issued.number())).isZero();
    }

    @Test
    void revokingTwiceIsRefused() {
        CertificateView issued = fixtures.issue(academy, learner);
        certificates.revoke(fixtures.idOf(administrator), academy.id(), issued.number(), "First time");

        assertThatThrownBy(() -> certificates.revoke(fixtures.idOf(administrator), academy.id(), issued.number(),
                "Second time")).isInstanceOf(CertificateRefusal.class);
        assertThat(certificates.get(issued.number()).revocationReason()).isEqualTo("First time");
    }

    @Test
    void administratorsSearchTheirAcademysCertificatesByNumberOrName() throws Exception {
        CertificateView first = fixtures.issue(academy, learner);
        String marko = fixtures.account("marko", "Marko Jovanović");
        CertificateView second = fixtures.issue(academy, marko);

        String byName = mvc.perform(get("/academies/{slug}/manage/certificates", academy.slug()).param("q", "jovanov")
                .with(fixtures.as(administrator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byName).contains(second.number()).doesNotContain(first.number());

        String fragment = mvc.perform(get("/academies/{slug}/manage/certificates", academy.slug())
                .param("q", first.number().toLowerCase()).header("HX-Request", "true").with(fixtures.as(administrator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains(first.number()).doesNotContain(second.number()).doesNotContain("<html");
    }

    @Test
    void learnersSeeTheirOwnCertificatesOnly() throws Exception {
        CertificateView own = fixtures.issue(academy, learner);
        CertificateView someoneElses = fixtures.issue(academy, fixtures.account("other", "Ana Stojanovska"));

        String page = mvc.perform(get("/account/certificates").with(fixtures.as(learner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(own.number(), "/certificates/" + own.number())
                .doesNotContain(someoneElses.number());
        mvc.perform(get("/account/certificates")).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePdfIsAnAttachmentThatBrowsersDoNotSniff() throws Exception {
        CertificateView issued = fixtures.issue(academy, learner);

        mvc.perform(get("/certificates/{number}.pdf", issued.number()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"certificate-" + issued.number() + ".pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
