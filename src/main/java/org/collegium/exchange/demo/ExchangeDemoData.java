package org.collegium.exchange.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallId;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.NewProgramme;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.exchanges.BudgetCategory;
import org.collegium.exchange.exchanges.BudgetLineDraft;
import org.collegium.exchange.exchanges.BudgetLineView;
import org.collegium.exchange.exchanges.ExchangeBudget;
import org.collegium.exchange.exchanges.ExchangeId;
import org.collegium.exchange.exchanges.ExchangeStatus;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.expression.ExpressionDraft;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.exchange.selection.CriterionView;
import org.collegium.exchange.selection.Outcome;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.ProfileDetails;
import org.collegium.identity.Profiles;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.DemoDataOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CONNECT as seed 003 tells it: PLATFORMA and VNG International, the 2017 pilot call whose deadline was extended to
 * 2 March 2017 at noon (Brussels), five associations of Uganda, Cambodia, Colombia and Ghana with their requests,
 * three European municipalities and their practitioners, expressions of interest, a scored selection, one reported
 * exchange and one awaiting its report; and a second call open today, so a visitor can try every step.
 *
 * <p>Everything goes through the module's facades, so every rule holds. The 2017 call can only be answered while it
 * is open, so it is built open and then given its 2017 dates; the dates of what happened in 2017 (filing,
 * submitting, the move of the deadline, scoring, decisions, the exchange) are then set to the days they happened,
 * in the module's own tables. Runs once: nothing is added when a programme named CONNECT exists.
 */
@Component
@ConditionalOnBooleanProperty("collegium.demo-data.enabled")
@Order(DemoDataOrder.EXCHANGE)
class ExchangeDemoData implements ApplicationRunner {

    static final String CONNECT = "CONNECT";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String PASSWORD = "learn-together-2026";

    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final ExpressionsOfInterest expressions;
    private final Selection selection;
    private final Practitioners practitioners;
    private final Exchanges exchanges;
    private final ExchangeBudget budget;
    private final Accounts accounts;
    private final Profiles profiles;
    private final Roles roles;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final Map<String, AccountId> people = new HashMap<>();

    ExchangeDemoData(Programmes programmes, Calls calls, ExpertiseRequests requests, ExpressionsOfInterest expressions,
            Selection selection, Practitioners practitioners, Exchanges exchanges, ExchangeBudget budget, Accounts accounts, Profiles profiles,
            Roles roles, Directory directory, JdbcTemplate jdbc) {
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.expressions = expressions;
        this.selection = selection;
        this.practitioners = practitioners;
        this.exchanges = exchanges;
        this.budget = budget;
        this.accounts = accounts;
        this.profiles = profiles;
        this.roles = roles;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (programmes.all().stream().anyMatch(programme -> programme.name().equals(CONNECT))) {
            return;
        }
        ExchangeDemoPeople.ALL.forEach(this::person);
        AccountId admin = accounts.findByEmail("admin@collegium.example").orElseThrow().id();
        ProgrammeId connect = programmes.create(admin, new NewProgramme(CONNECT,
                Set.of(organisation("PLATFORMA"), organisation("VNG International")), Set.of("UG", "KH", "CO", "GH"),
                Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
                        "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
                "connect@ccre-cemr.org", new BigDecimal("250000.00"), "EUR"));
        programmes.appointSecretariat(admin, connect, id(ExchangeDemoPeople.SECRETARIAT));
        focalPoints();
        new ExchangeDemoProfiles(practitioners, this::id, this::organisation).save(LocalDate.now(BRUSSELS));
        pilot(connect);
        openToday(connect);
    }

    /** The 2017 pilot: requests, expressions, selection, exchanges; then its dates. */
    private void pilot(ProgrammeId connect) {
        AccountId secretariat = id(ExchangeDemoPeople.SECRETARIAT);
        CallId call = calls.open(secretariat, connect, "CONNECT pilot call 2017: European expertise for Cambodia, "
                + "Colombia, Ghana and Uganda", instant(2017, 1, 16, 9), new CallDeadline(
                        LocalDateTime.now(BRUSSELS).plusDays(7).withHour(12).withMinute(0).withSecond(0).withNano(0), BRUSSELS));
        ExpertiseRequestId food = requests.file(id(ExchangeDemoPeople.ULGA), call, ExchangeDemoRequests.foodSecurity(
                organisation("Uganda Local Governments Association")));
        ExpertiseRequestId markets = requests.file(id(ExchangeDemoPeople.UAAU), call, ExchangeDemoRequests.urbanMarkets(
                organisation("Urban Authorities Association of Uganda")));
        ExpertiseRequestId hr = requests.file(id(ExchangeDemoPeople.NLC), call, ExchangeDemoRequests.humanResources(
                organisation("National League of Local Councils")));
        ExpertiseRequestId tourism = requests.file(secretariat, call, ExchangeDemoRequests.ecotourism(
                organisation("Federación Colombiana de Municipios")));
        ExpertiseRequestId sanitation = requests.file(id(ExchangeDemoPeople.NALAG), call,
                ExchangeDemoRequests.sanitation(organisation("National Association of Local Authorities of Ghana")));

        OrganisationId utrecht = organisation("Utrecht");
        OrganisationId barcelona = organisation("Barcelona");
        OrganisationId ghent = organisation("Ghent");
        ExpressionOfInterestId utrechtHr = submitted(ExchangeDemoPeople.UTRECHT, hr, utrecht,
                ExchangeDemoExpressions.utrechtForHumanResources(id(ExchangeDemoPeople.UTRECHT_HR),
                        id(ExchangeDemoPeople.UTRECHT_TRAINING)));
        ExpressionOfInterestId barcelonaTourism = submitted(ExchangeDemoPeople.BARCELONA, tourism, barcelona,
                ExchangeDemoExpressions.barcelonaForEcotourism(id(ExchangeDemoPeople.BARCELONA_TOURISM)));
        ExpressionOfInterestId ghentFood = submitted(ExchangeDemoPeople.GHENT, food, ghent,
                ExchangeDemoExpressions.ghentForFoodSecurity(id(ExchangeDemoPeople.GHENT_FOOD)));
        ExpressionOfInterestId ghentSanitation = submitted(ExchangeDemoPeople.GHENT, sanitation, ghent,
                ExchangeDemoExpressions.ghentForSanitation(id(ExchangeDemoPeople.GHENT_FOOD)));

        calls.moveDeadline(secretariat, call, new CallDeadline(LocalDateTime.of(2017, 3, 2, 12, 0), BRUSSELS));
        AccountId reviewer = id(ExchangeDemoPeople.REVIEWER);
        selection.appoint(secretariat, call, reviewer);
        selection.appoint(secretariat, call, secretariat);
        List<CriterionView> criteria = selection.criteria(connect);
        score(reviewer, criteria, utrechtHr, 8, 9);
        score(secretariat, criteria, utrechtHr, 7, 9);
        score(reviewer, criteria, barcelonaTourism, 9, 8);
        score(secretariat, criteria, barcelonaTourism, 8, 8);
        score(reviewer, criteria, ghentFood, 4, 7);
        score(secretariat, criteria, ghentFood, 5, 6);
        score(reviewer, criteria, ghentSanitation, 4, 4);
        score(secretariat, criteria, ghentSanitation, 3, 5);
        selection.decide(secretariat, utrechtHr, Outcome.SELECTED,
                "Same function on both sides and a concrete plan for performance appraisal.");
        selection.decide(secretariat, barcelonaTourism, Outcome.SELECTED,
                "Long experience with protected areas and community tourism; a placement that fits the request.");
        selection.decide(secretariat, ghentFood, Outcome.RESERVE,
                "A sound proposal; kept in reserve while the food-security request is refined with ULGA.");
        selection.decide(secretariat, ghentSanitation, Outcome.NOT_SELECTED,
                "The proposal does not include a practitioner in environmental health; we encourage a new application.");
        selection.notifyApplicants(secretariat, call);

        ExchangeId mission = exchanges.create(secretariat, utrechtHr, ExchangeDemoExchanges.phnomPenhMission(
                id(ExchangeDemoPeople.UTRECHT_HR), id(ExchangeDemoPeople.UTRECHT_TRAINING)));
        List<BudgetLineView> lines = List.of(
                budget.addLine(secretariat, mission, new BudgetLineDraft(BudgetCategory.TRAVEL,
                        "Return flights Amsterdam–Phnom Penh, two practitioners", new BigDecimal("2140.00"))),
                budget.addLine(secretariat, mission, new BudgetLineDraft(BudgetCategory.LODGING,
                        "Hotel in Phnom Penh, 2 × 11 nights", new BigDecimal("1650.00"))),
                budget.addLine(secretariat, mission, new BudgetLineDraft(BudgetCategory.DAILY_ALLOWANCE,
                        "Daily allowances, 2 × 12 days", new BigDecimal("1488.00"))));
        List<String> spent = List.of("2096.40", "1584.00", "1488.00");
        for (int line = 0; line < lines.size(); line++) {
            budget.recordSpent(secretariat, lines.get(line).id(), new BigDecimal(spent.get(line)));
        }
        advanceTo(secretariat, mission, ExchangeStatus.COMPLETED);
        exchanges.report(id(ExchangeDemoPeople.NLC), mission, ExchangeDemoExchanges.phnomPenhReport());

        ExchangeId placement = exchanges.create(secretariat, barcelonaTourism, ExchangeDemoExchanges.barcelonaPlacement(
                id(ExchangeDemoPeople.BARCELONA_TOURISM)));
        budget.addLine(secretariat, placement, new BudgetLineDraft(BudgetCategory.TRAVEL,
                "Return flights Bogotá–Barcelona, two practitioners", new BigDecimal("2380.00")));
        budget.addLine(secretariat, placement, new BudgetLineDraft(BudgetCategory.LODGING,
                "Residence in Barcelona, 2 × 19 nights", new BigDecimal("2470.00")));
        advanceTo(secretariat, placement, ExchangeStatus.COMPLETED);

        new ExchangeDemoHistory(jdbc).pilot(call, List.of(food, markets, hr, tourism, sanitation),
                List.of(utrechtHr, barcelonaTourism, ghentFood, ghentSanitation), mission, placement);
    }

    /** The call open today: two requests, a draft expression, a committee; a visitor can try every step. */
    private void openToday(ProgrammeId connect) {
        AccountId secretariat = id(ExchangeDemoPeople.SECRETARIAT);
        LocalDate today = LocalDate.now(BRUSSELS);
        CallId call = calls.open(secretariat, connect, "CONNECT call " + today.getYear() + "–" + (today.getYear() + 1)
                + ": climate adaptation and waste management", ZonedDateTime.now(BRUSSELS).minusDays(10).toInstant(),
                new CallDeadline(today.plusDays(30).atTime(12, 0), BRUSSELS));
        ExpertiseRequestId climate = requests.file(id(ExchangeDemoPeople.FCM), call, ExchangeDemoRequests.climate(
                organisation("Federación Colombiana de Municipios"), today));
        requests.file(id(ExchangeDemoPeople.NALAG), call, ExchangeDemoRequests.waste(
                organisation("National Association of Local Authorities of Ghana"), today));
        expressions.draft(id(ExchangeDemoPeople.BARCELONA), climate, organisation("Barcelona"),
                ExchangeDemoExpressions.barcelonaDraftForClimate(id(ExchangeDemoPeople.BARCELONA_TOURISM), today));
        selection.appoint(secretariat, call, id(ExchangeDemoPeople.REVIEWER));
    }

    private ExpressionOfInterestId submitted(String focalPoint, ExpertiseRequestId request, OrganisationId municipality,
            ExpressionDraft draft) {
        ExpressionOfInterestId expression = expressions.draft(id(focalPoint), request, municipality, draft);
        expressions.submit(id(focalPoint), expression);
        return expression;
    }

    private void score(AccountId reviewer, List<CriterionView> criteria, ExpressionOfInterestId expression,
            int experience, int quality) {
        selection.score(reviewer, expression, Map.of(criteria.get(0).id(), experience, criteria.get(1).id(), quality),
                null);
        selection.submit(reviewer, expression);
    }

    private void advanceTo(AccountId secretariat, ExchangeId exchange, ExchangeStatus last) {
        for (ExchangeStatus status = ExchangeStatus.PREPARING; status != null && status.compareTo(last) <= 0;
                status = status.next()) {
            exchanges.advance(secretariat, exchange, status);
        }
    }

    private void focalPoints() {
        Map<String, String> organisations = Map.of(ExchangeDemoPeople.ULGA, "Uganda Local Governments Association",
                ExchangeDemoPeople.UAAU, "Urban Authorities Association of Uganda",
                ExchangeDemoPeople.NLC, "National League of Local Councils",
                ExchangeDemoPeople.FCM, "Federación Colombiana de Municipios",
                ExchangeDemoPeople.NALAG, "National Association of Local Authorities of Ghana",
                ExchangeDemoPeople.UTRECHT, "Utrecht", ExchangeDemoPeople.BARCELONA, "Barcelona",
                ExchangeDemoPeople.GHENT, "Ghent");
        organisations.forEach((email, name) -> roles.grant(id(email), Role.FOCAL_POINT, organisation(name).value()));
    }

    private void person(ExchangeDemoPeople.Person person) {
        AccountId id = accounts.findByEmail(person.email()).map(summary -> summary.id()).orElseGet(() -> {
            AccountId created = accounts.createConfirmed(person.email(), person.name(), PASSWORD, person.language());
            profiles.update(created, new ProfileDetails(person.name(), organisation(person.organisation()).value(),
                    person.jobTitle(), person.function(), person.country(), person.languages(), person.expertise(),
                    person.language(), person.zone()));
            return created;
        });
        people.put(person.email(), id);
    }

    private AccountId id(String email) {
        return people.get(email);
    }

    private OrganisationId organisation(String name) {
        return directory.findByName(name).map(OrganisationSummary::id)
                .orElseThrow(() -> new IllegalStateException("the network's demo data has no " + name));
    }

    private static Instant instant(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(BRUSSELS).toInstant();
    }

    static Timestamp at(int year, int month, int day, int hour, int minute) {
        return Timestamp.from(LocalDateTime.of(year, month, day, hour, minute).atZone(BRUSSELS).toInstant());
    }
}
