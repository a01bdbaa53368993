package org.collegium.exchange;

import org.collegium.identity.LanguageLevel;

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

import org.collegium.exchange.expression.ExpressionDraft;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.LanguageSkill;
import org.collegium.exchange.expression.ProposedPractitioner;
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

/**
 * A CONNECT-like programme built through the module's facades for integration tests: a secretariat, an association
 * of Uganda with a request, two Dutch municipalities that each submitted an expression of interest, and a call
 * that can be closed. Every name is unique, so tests never see each other's data.
 */
public final class ExchangeScenario {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final String PASSWORD = "a long and unusual exchange passphrase";

    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;
    private final Calls calls;

    public final AccountId administrator;
    public final AccountId secretariat;
    public final AccountId associationFocalPoint;
    public final AccountId firstFocalPoint;
    public final AccountId firstPractitioner;
    public final AccountId secondFocalPoint;
    public final AccountId secondPractitioner;
    public final OrganisationId association;
    public final OrganisationId firstMunicipality;
    public final OrganisationId secondMunicipality;
    public final ProgrammeId programme;
    public final CallId call;
    public final ExpertiseRequestId request;
    public final ExpressionOfInterestId firstExpression;
    public final ExpressionOfInterestId secondExpression;

    public ExchangeScenario(Programmes programmes, Calls calls, ExpertiseRequests requests,
            ExpressionsOfInterest expressions, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, BigDecimal budget) {
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
        this.calls = calls;
        administrator = account("scenario-admin");
        roles.grant(administrator, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        secretariat = account("scenario-secretariat");
        associationFocalPoint = account("scenario-ulga");
        firstFocalPoint = account("scenario-utrecht-focal");
        firstPractitioner = account("scenario-utrecht-practitioner");
        secondFocalPoint = account("scenario-gouda-focal");
        secondPractitioner = account("scenario-gouda-practitioner");
        OrganisationId platforma = organisation("Scenario secretariat", OrganisationKind.NETWORK, "BE");
        association = organisation("Scenario Uganda association", OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "UG");
        firstMunicipality = organisation("Scenario Utrecht", OrganisationKind.LOCAL_GOVERNMENT, "NL");
        secondMunicipality = organisation("Scenario Gouda", OrganisationKind.LOCAL_GOVERNMENT, "NL");
        roles.grant(associationFocalPoint, Role.FOCAL_POINT, association.value());
        member(firstFocalPoint, firstPractitioner, firstMunicipality);
        member(secondFocalPoint, secondPractitioner, secondMunicipality);
        programme = programmes.create(administrator, new NewProgramme("Scenario CONNECT " + UUID.randomUUID(),
                Set.of(platforma), Set.of("UG", "KH", "CO", "GH"), Set.of("NL", "BE"), "connect@example.org", budget,
                "EUR"));
        programmes.appointSecretariat(administrator, programme, secretariat);
        call = calls.open(secretariat, programme, "Scenario call " + UUID.randomUUID(),
                Instant.now().minus(Duration.ofDays(1)),
                new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(5).withNano(0), BRUSSELS));
        request = requests.file(associationFocalPoint, call, new ExpertiseRequestDraft(association,
                "Human resources management", "human-resources-management",
                "Districts need help to set up performance appraisal.", List.of("Kampala Capital City"),
                Set.of("head-of-human-resources"), "Leads the HR department of a district.", 2, Set.of("en"),
                Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.WORK_PLACEMENT), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 30)));
        firstExpression = submitted(expressions, firstFocalPoint, firstMunicipality, firstPractitioner);
        secondExpression = submitted(expressions, secondFocalPoint, secondMunicipality, secondPractitioner);
    }

    /** Closes the call: its deadline moves to one second ago. */
    public void closeCall() {
        calls.moveDeadline(secretariat, call,
                new CallDeadline(LocalDateTime.now(BRUSSELS).minusSeconds(1).withNano(0), BRUSSELS));
    }

    public AccountId account(String prefix) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, prefix, PASSWORD, Locale.ENGLISH);
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** Makes the person a member of the organisation. */
    public void joins(AccountId person, OrganisationId organisation) {
        roles.grant(person, Role.ORGANISATION_MEMBER, organisation.value());
    }

    private void member(AccountId focalPoint, AccountId practitioner, OrganisationId municipality) {
        roles.grant(focalPoint, Role.FOCAL_POINT, municipality.value());
        roles.grant(practitioner, Role.ORGANISATION_MEMBER, municipality.value());
    }

    private ExpressionOfInterestId submitted(ExpressionsOfInterest expressions, AccountId focalPoint,
            OrganisationId municipality, AccountId practitioner) {
        ExpressionOfInterestId id = expressions.draft(focalPoint, request, municipality, new ExpressionDraft(
                List.of(new ProposedPractitioner(practitioner, "Head of HR", "head-of-human-resources",
                        "Leads a department of 40 people.", List.of(new LanguageSkill("en", LanguageLevel.C1)),
                        "Worked with a twin city in Ghana.")),
                "We know the challenge.", "Two missions and a placement.", ExchangeMethod.EXPERT_MISSION,
                LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 20)));
        expressions.submit(focalPoint, id);
        return id;
    }

    private OrganisationId organisation(String name, OrganisationKind kind, String country) {
        String email = accounts.find(administrator).orElseThrow().email();
        return editing.create((Viewer) users.loadUserByUsername(email), new OrganisationDetails(
                name + " " + UUID.randomUUID(), null, kind, country, "Somewhere", "https://example.org/" + UUID.randomUUID()),
                "en").id();
    }
}
