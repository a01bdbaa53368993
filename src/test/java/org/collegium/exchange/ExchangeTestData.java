package org.collegium.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.Viewer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Programmes, calls, associations, people and requests with unique names and valid defaults, made through the
 * modules' own facades, for the exchange page, API and browser tests.
 */
public final class ExchangeTestData {

    public static final String PASSWORD = "a long and unusual exchange passphrase 2026";
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;

    public ExchangeTestData(Programmes programmes, Calls calls, ExpertiseRequests requests, Accounts accounts,
            Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public String account() {
        String email = "exchange-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, unique("Person"), PASSWORD, Locale.ENGLISH);
        return email;
    }

    public String administrator() {
        String email = account();
        roles.grant(idOf(email), Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return email;
    }

    public AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    public UserDetails user(String email) {
        return users.loadUserByUsername(email);
    }

    public OrganisationSummary organisation(String name, OrganisationKind kind, String country) {
        return editing.create((Viewer) user(administrator()), new OrganisationDetails(unique(name), null, kind, country,
                null, "https://example.org/" + UUID.randomUUID()), "en");
    }

    public OrganisationSummary association(String country) {
        return organisation("Association of " + country, OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, country);
    }

    /** A new account that speaks for the association. */
    public String focalPointOf(OrganisationSummary association) {
        String email = account();
        roles.grant(idOf(email), Role.FOCAL_POINT, association.id().value());
        return email;
    }

    /** A programme with partner countries UG, KH, CO, GH and expertise countries NL, BE, and a secretariat person. */
    public Programme programme() {
        String administrator = administrator();
        OrganisationSummary platforma = organisation("PLATFORMA", OrganisationKind.NETWORK, "BE");
        ProgrammeId id = programmes.create(idOf(administrator), new NewProgramme(unique("CONNECT"),
                Set.of(platforma.id()), Set.of("UG", "KH", "CO", "GH"), Set.of("NL", "BE"), "connect@example.org",
                new BigDecimal("250000.00"), "EUR"));
        String secretariat = account();
        programmes.appointSecretariat(idOf(administrator), id, idOf(secretariat));
        return new Programme(id, programmes.get(id).name(), administrator, secretariat, platforma);
    }

    /** A call of the programme, open since yesterday, closing in twenty days at noon in Brussels. */
    public CallId openCall(Programme programme) {
        LocalDateTime deadline = LocalDate.now(BRUSSELS).plusDays(20).atTime(12, 0);
        return calls.open(idOf(programme.secretariat()), programme.id(), unique("Call"),
                Instant.now().minus(1, ChronoUnit.DAYS), new CallDeadline(deadline, BRUSSELS));
    }

    /** Closes the call: its deadline becomes the second before now. */
    public void close(Programme programme, CallId call) {
        calls.moveDeadline(idOf(programme.secretariat()), call,
                new CallDeadline(LocalDateTime.now(BRUSSELS).minusSeconds(1), BRUSSELS));
    }

    public ExpertiseRequestId request(String filer, CallId call, OrganisationSummary association, String title,
            String topic, Set<ExchangeMethod> methods, Set<String> languages) {
        return requests.file(idOf(filer), call, new ExpertiseRequestDraft(association.id(), title, topic,
                "Districts lack the skills to plan food reserves and support smallholders.",
                List.of("Kyotera District", "Rakai District"), Set.of("food-security-officer"),
                "Plans and runs the district's food security services.", 2, languages, methods,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)));
    }

    public record Programme(ProgrammeId id, String name, String administrator, String secretariat,
            OrganisationSummary secretariatOrganisation) {
    }
}
