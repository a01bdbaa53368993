package org.collegium.exchange.expression;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallId;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestDraft;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.NewProgramme;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.Viewer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A programme taking expertise from the Netherlands and Belgium, an open call, a Ugandan request, and a Dutch
 * municipality with its focal point and two members: fresh, uniquely named data for each test.
 */
@Component
class ExpressionFixtures {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String PASSWORD = "a long and unusual expression passphrase";

    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;

    ExpressionFixtures(Programmes programmes, Calls calls, ExpertiseRequests requests, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users) {
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
    }

    World world() {
        AccountId administrator = account("eoi-admin", Locale.ENGLISH);
        roles.grant(administrator, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        AccountId secretariat = account("eoi-secretariat", Locale.ENGLISH);
        OrganisationId platforma = organisation(administrator, "Secretariat", OrganisationKind.NETWORK, "BE");
        OrganisationId association = organisation(administrator, "Uganda Local Governments Association",
                OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "UG");
        ProgrammeId programme = programmes.create(administrator, new NewProgramme("CONNECT " + UUID.randomUUID(),
                Set.of(platforma), Set.of("UG", "KH"), Set.of("NL", "BE"), "connect@example.org",
                new BigDecimal("100000"), "EUR"));
        programmes.appointSecretariat(administrator, programme, secretariat);
        CallId call = calls.open(administrator, programme, "Call " + UUID.randomUUID(),
                Instant.now().minus(Duration.ofDays(1)),
                new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(20).withNano(0), BRUSSELS));
        ExpertiseRequestId request = requests.file(secretariat, call, new ExpertiseRequestDraft(association,
                "Food security and nutrition", "food-security", "Districts lack the skills to plan food reserves.",
                List.of("Kyotera District"), Set.of("food-security-officer"), "Plans food reserves.", 2, Set.of("en"),
                Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.STUDY_VISIT), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 30)));
        OrganisationId municipality = organisation(administrator, "Gemeente Utrecht", OrganisationKind.LOCAL_GOVERNMENT,
                "NL");
        AccountId focalPoint = account("eoi-focal", Locale.ENGLISH);
        roles.grant(focalPoint, Role.FOCAL_POINT, municipality.value());
        AccountId first = account("eoi-first", Locale.ENGLISH);
        roles.grant(first, Role.ORGANISATION_MEMBER, municipality.value());
        AccountId second = account("eoi-second", Locale.FRENCH);
        roles.grant(second, Role.ORGANISATION_MEMBER, municipality.value());
        return new World(administrator, secretariat, programme, call, request, municipality, focalPoint, first, second);
    }

    AccountId account(String prefix, Locale language) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, prefix, PASSWORD, language);
        return accounts.findByEmail(email).orElseThrow().id();
    }

    String email(AccountId account) {
        return accounts.find(account).orElseThrow().email();
    }

    OrganisationId organisation(AccountId administrator, String name, OrganisationKind kind, String country) {
        String email = accounts.find(administrator).orElseThrow().email();
        return editing.create((Viewer) users.loadUserByUsername(email), new OrganisationDetails(
                name + " " + UUID.randomUUID(), null, kind, country, "Somewhere", "https://example.org/" + UUID.randomUUID()),
                "en").id();
    }

    /** Another municipality of the programme's expertise countries, with its own focal point. */
    Municipality municipality(World world, String country) {
        OrganisationId organisation = organisation(world.administrator(), "Gemeente Leiden",
                OrganisationKind.LOCAL_GOVERNMENT, country);
        AccountId focalPoint = account("eoi-other-focal", Locale.ENGLISH);
        roles.grant(focalPoint, Role.FOCAL_POINT, organisation.value());
        return new Municipality(organisation, focalPoint);
    }

    /** The world as seen from another municipality: two fresh members of it to propose. */
    World withMembersOf(World world, OrganisationId municipality) {
        AccountId first = account("eoi-first", Locale.ENGLISH);
        roles.grant(first, Role.ORGANISATION_MEMBER, municipality.value());
        AccountId second = account("eoi-second", Locale.ENGLISH);
        roles.grant(second, Role.ORGANISATION_MEMBER, municipality.value());
        return new World(world.administrator(), world.secretariat(), world.programme(), world.call(), world.request(),
                municipality, world.focalPoint(), first, second);
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor as(AccountId account) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(email(account)));
    }

    void grantFocalPoint(AccountId account, OrganisationId organisation) {
        roles.grant(account, Role.FOCAL_POINT, organisation.value());
    }

    void moveDeadline(World world, LocalDateTime local) {
        calls.moveDeadline(world.administrator(), world.call(), new CallDeadline(local.withNano(0), BRUSSELS));
    }

    static ExpressionDraft twoPractitioners(World world) {
        return new ExpressionDraft(List.of(practitioner(world.first(), "Head of food policy"),
                practitioner(world.second(), "Agricultural adviser")), "We ran a food reserve for ten years.",
                "Two missions of a week, then a study visit.", ExchangeMethod.EXPERT_MISSION, LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 19));
    }

    static ProposedPractitioner practitioner(AccountId account, String jobTitle) {
        return new ProposedPractitioner(account, jobTitle, "food-security-officer", "Runs the municipal food reserve.",
                List.of(new LanguageSkill("en", LanguageLevel.C1), new LanguageSkill("nl", LanguageLevel.NATIVE)),
                null);
    }

    record World(AccountId administrator, AccountId secretariat, ProgrammeId programme, CallId call,
            ExpertiseRequestId request, OrganisationId municipality, AccountId focalPoint, AccountId first,
            AccountId second) {
    }

    record Municipality(OrganisationId id, AccountId focalPoint) {
    }
}
