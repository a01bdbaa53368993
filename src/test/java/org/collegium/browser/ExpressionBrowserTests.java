package org.collegium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallId;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestDraft;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.NewProgramme;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.expression.ExpressionStatus;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.Viewer;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A municipality answers an expertise request in a real browser, every page checked for WCAG 2.2 A/AA and weight:
 * its focal point opens the request's expression page, proposes two colleagues, saves a draft, submits and sees the
 * confirmation (and receives it by mail). In English on a desktop and in French on a 360 px phone.
 */
@CollegiumIntegrationTest
class ExpressionBrowserTests {

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser();

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final BrowserTestData data;
    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final ExpressionsOfInterest expressions;
    private final Roles roles;
    private final DevMailbox mailbox;
    private final MessageSource messages;

    private Browser browser;

    @Autowired
    ExpressionBrowserTests(Accounts accounts, Roles roles, DirectoryEditing editing, Academies academies,
            AcademyStaff staff, UserDetailsService users, Programmes programmes, Calls calls,
            ExpertiseRequests requests, ExpressionsOfInterest expressions, DevMailbox mailbox, MessageSource messages) {
        this.data = new BrowserTestData(accounts, roles, editing, academies, staff, users);
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.expressions = expressions;
        this.roles = roles;
        this.mailbox = mailbox;
        this.messages = messages;
    }

    @BeforeEach
    void open() {
        browser = SHARED.get();
    }

    @ParameterizedTest(name = "{0}, narrow screen: {1}")
    @CsvSource({"en, false", "fr, true"})
    void aFocalPointProposesTwoPractitionersSavesADraftAndSubmits(String language, boolean narrow) {
        String administratorEmail = data.platformAdministrator();
        AccountId administrator = data.idOf(administratorEmail);
        Viewer admin = data.viewer(administratorEmail);
        OrganisationSummary secretariat = data.organisation(admin, BrowserTestData.unique("Secretariat"),
                OrganisationKind.NETWORK, "BE");
        OrganisationSummary association = data.organisation(admin, BrowserTestData.unique("Association"),
                OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "UG");
        OrganisationSummary municipality = data.organisation(admin, BrowserTestData.unique("Gemeente"),
                OrganisationKind.LOCAL_GOVERNMENT, "NL");
        ProgrammeId programme = programmes.create(administrator, new NewProgramme(BrowserTestData.unique("CONNECT"),
                Set.of(secretariat.id()), Set.of("UG"), Set.of("NL"), "connect@example.org", new BigDecimal("1000"),
                "EUR"));
        CallId call = calls.open(administrator, programme, BrowserTestData.unique("Call"),
                Instant.now().minus(Duration.ofDays(1)),
                new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(30).withNano(0), BRUSSELS));
        ExpertiseRequestId request = requests.file(administrator, call, new ExpertiseRequestDraft(association.id(),
                "Food security and nutrition", "food-security", "Districts lack the skills to plan food reserves.",
                List.of("Kyotera District"), Set.of("food-security-officer"), "Plans food reserves.", 2, Set.of("en"),
                Set.of(ExchangeMethod.STUDY_VISIT), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)));
        String focalPoint = data.account();
        roles.grant(data.idOf(focalPoint), Role.FOCAL_POINT, municipality.id().value());
        String first = data.account();
        roles.grant(data.idOf(first), Role.ORGANISATION_MEMBER, municipality.id().value());
        String second = data.account();
        roles.grant(data.idOf(second), Role.ORGANISATION_MEMBER, municipality.id().value());

        browser.seenAs(language, narrow).signIn(focalPoint, BrowserTestData.PASSWORD);
        browser.visit("/exchange/requests/" + request.value() + "/expression");
        assertThat(browser.pageText()).contains("Food security and nutrition", "(Europe/Brussels)",
                text("expression.method.preferred", language));
        practitioner(0, data.idOf(first), "Head of food policy", "fr", "C1");
        practitioner(1, data.idOf(second), "Agricultural adviser", "nl", "NATIVE");
        browser.type("motivation", "Utrecht has run a municipal food reserve for ten years.")
                .type("technicalProposal", "A study visit of a week, then remote coaching.");
        browser.check("#method-STUDY_VISIT");
        browser.run("document.getElementById('offeredFrom').value = '2027-03-08';"
                + "document.getElementById('offeredTo').value = '2027-03-12';");
        browser.click("button[value=save]");
        assertThat(browser.pageText()).contains(text("expression.flash.saved", language),
                text("expression.status.DRAFT", language));
        assertThat(expressions.ofMunicipality(data.idOf(focalPoint), municipality.id()).getFirst().practitioners())
                .extracting(practitioner -> practitioner.jobTitle())
                .containsExactly("Head of food policy", "Agricultural adviser");

        browser.click("button[value=submit]");
        assertThat(browser.pageText()).contains(text("expression.flash.submitted", language),
                text("expression.status.SUBMITTED", language));
        assertThat(expressions.submittedOfCall(call)).singleElement()
                .satisfies(found -> assertThat(found.practitioners()).hasSize(2));
        assertThat(expressions.ofMunicipality(data.idOf(focalPoint), municipality.id()).getFirst().status())
                .isEqualTo(ExpressionStatus.SUBMITTED);
        assertThat(mailbox.messagesTo(focalPoint)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("Food security and nutrition"));

        browser.visit("/exchange/expressions");
        assertThat(browser.pageText()).contains(municipality.name(), "Food security and nutrition");
    }

    private void practitioner(int row, AccountId account, String jobTitle, String languageCode, String level) {
        browser.select("p" + row + "-account", account.value().toString())
                .type("p" + row + "-job", jobTitle)
                .select("p" + row + "-function", "food-security-officer")
                .type("p" + row + "-responsibilities", "Runs the municipal food reserve.")
                .type("p" + row + "-l0-code", languageCode)
                .select("p" + row + "-l0-level", level);
    }

    private String text(String code, String language) {
        return messages.getMessage(code, null, Locale.forLanguageTag(language));
    }
}
