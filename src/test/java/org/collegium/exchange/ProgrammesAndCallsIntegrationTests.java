package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Programmes and their calls through the facades, on the real database: rules, refusals that write nothing, roles. */
@CollegiumIntegrationTest
class ProgrammesAndCallsIntegrationTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Programmes programmes;
    private final Calls calls;
    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    private AccountId administrator;
    private AccountId member;
    private OrganisationId platforma;

    @Autowired
    ProgrammesAndCallsIntegrationTests(Programmes programmes, Calls calls, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.programmes = programmes;
        this.calls = calls;
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aPlatformAdministratorAndASecretariatOrganisation() {
        String email = "exchange-admin-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, "Secretariat person", "a long and unusual exchange passphrase", Locale.ENGLISH);
        administrator = accounts.findByEmail(email).orElseThrow().id();
        roles.grant(administrator, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        String other = "exchange-member-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(other, "Member person", "a long and unusual exchange passphrase", Locale.ENGLISH);
        member = accounts.findByEmail(other).orElseThrow().id();
        platforma = editing.create((Viewer) users.loadUserByUsername(email), new OrganisationDetails(
                "Secretariat " + UUID.randomUUID(), null, OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "BE", "Brussels",
                "https://example.org/" + UUID.randomUUID()), "en").id();
    }

    private NewProgramme connect() {
        return new NewProgramme("CONNECT " + UUID.randomUUID(), Set.of(platforma), Set.of("UG", "KH", "CO", "GH"),
                Set.of("NL", "BE", "FR", "ES"), "connect@platforma.example", new BigDecimal("250000.00"), "EUR");
    }

    @Test
    void setsUpAProgrammeAndACallThatIsOpenUntilItsDeadline() {
        ProgrammeId programme = programmes.create(administrator, connect());
        Instant now = Instant.now();
        CallDeadline deadline = new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(10).withNano(0), BRUSSELS);
        CallId call = calls.open(administrator, programme, "Call 2026", now.minus(Duration.ofDays(1)), deadline);

        ProgrammeView view = programmes.get(programme);
        assertThat(view.partnerCountries()).containsExactlyInAnyOrder("UG", "KH", "CO", "GH");
        assertThat(view.offersExpertise("NL")).isTrue();
        assertThat(view.offersExpertise("UG")).isFalse();
        assertThat(view.secretariat()).containsExactly(platforma);
        assertThat(calls.get(call).deadline()).isEqualTo(deadline);
        assertThat(calls.get(call).open()).isTrue();
        assertThat(jdbc.queryForObject("SELECT deadline_at FROM exchange_call WHERE id = ?", java.sql.Timestamp.class,
                call.value()).toInstant()).isEqualTo(deadline.instant());
    }

    @Test
    void movingTheDeadlineIsRecordedAndAPassedDeadlineClosesTheCall() {
        ProgrammeId programme = programmes.create(administrator, connect());
        CallId call = calls.open(administrator, programme, "Call with a moved deadline",
                Instant.now().minus(Duration.ofDays(30)),
                new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(3).withNano(0), BRUSSELS));

        CallView earlier = calls.moveDeadline(administrator, call,
                new CallDeadline(LocalDateTime.now(BRUSSELS).minusMinutes(1).withNano(0), BRUSSELS));
        assertThat(earlier.open()).isFalse();
        assertThat(calls.get(call).open()).isFalse();

        CallView later = calls.moveDeadline(administrator, call,
                new CallDeadline(LocalDateTime.of(2099, 3, 2, 12, 0), BRUSSELS));
        assertThat(later.open()).isTrue();
        assertThat(calls.get(call).changes()).hasSize(2)
                .allSatisfy(change -> assertThat(change.changedBy()).isEqualTo(administrator));
        assertThat(calls.get(call).changes().getLast().next().local()).isEqualTo(LocalDateTime.of(2099, 3, 2, 12, 0));
    }

    @Test
    void refusedProgrammesWriteNothing() {
        long before = count("exchange_programme");
        long countriesBefore = count("exchange_programme_country");
        NewProgramme good = connect();
        assertRefused(() -> programmes.create(administrator, new NewProgramme(" ", good.secretariat(),
                good.partnerCountries(), good.expertiseCountries(), good.helpContact(), good.budget(), "EUR")), "name");
        assertRefused(() -> programmes.create(administrator, new NewProgramme(good.name(),
                Set.of(new OrganisationId(UUID.randomUUID())), good.partnerCountries(), good.expertiseCountries(),
                good.helpContact(), good.budget(), "EUR")), "secretariat");
        assertRefused(() -> programmes.create(administrator, new NewProgramme(good.name(), good.secretariat(),
                Set.of("ZZ"), good.expertiseCountries(), good.helpContact(), good.budget(), "EUR")), "partnerCountries");
        assertRefused(() -> programmes.create(administrator, new NewProgramme(good.name(), good.secretariat(),
                good.partnerCountries(), good.expertiseCountries(), "not an address", good.budget(), "EUR")),
                "helpContact");
        assertRefused(() -> programmes.create(administrator, new NewProgramme(good.name(), good.secretariat(),
                good.partnerCountries(), good.expertiseCountries(), good.helpContact(), new BigDecimal("-1"), "EUR")),
                "budget");
        assertRefused(() -> programmes.create(administrator, new NewProgramme(good.name(), good.secretariat(),
                good.partnerCountries(), good.expertiseCountries(), good.helpContact(), good.budget(), "EURO")),
                "budgetCurrency");
        assertThat(count("exchange_programme")).isEqualTo(before);
        assertThat(count("exchange_programme_country")).isEqualTo(countriesBefore);
    }

    @Test
    void onlyTheSecretariatSetsUpProgrammesAndCallsAndNothingIsWrittenOtherwise() {
        long programmesBefore = count("exchange_programme");
        assertThatThrownBy(() -> programmes.create(member, connect())).isInstanceOf(AccessDeniedException.class);
        assertThat(count("exchange_programme")).isEqualTo(programmesBefore);

        ProgrammeId programme = programmes.create(administrator, connect());
        CallDeadline deadline = new CallDeadline(LocalDateTime.of(2099, 1, 1, 12, 0), BRUSSELS);
        long callsBefore = count("exchange_call");
        assertThatThrownBy(() -> calls.open(member, programme, "Intruder's call", Instant.now(), deadline))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("exchange_call")).isEqualTo(callsBefore);

        CallId call = calls.open(administrator, programme, "A call", Instant.now(), deadline);
        assertThatThrownBy(() -> calls.moveDeadline(member, call,
                new CallDeadline(LocalDateTime.of(2099, 6, 1, 12, 0), BRUSSELS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(calls.get(call).deadline()).isEqualTo(deadline);
        assertThat(calls.get(call).changes()).isEmpty();
    }

    @Test
    void aSecretariatMemberManagesTheCallsOfTheirProgrammeOnly() {
        ProgrammeId connect = programmes.create(administrator, connect());
        ProgrammeId other = programmes.create(administrator, connect());
        assertThatThrownBy(() -> programmes.appointSecretariat(member, connect, member))
                .isInstanceOf(AccessDeniedException.class);
        programmes.appointSecretariat(administrator, connect, member);
        CallDeadline deadline = new CallDeadline(LocalDateTime.of(2099, 1, 1, 12, 0), BRUSSELS);

        CallId call = calls.open(member, connect, "Call run by the secretariat", Instant.now(), deadline);
        calls.moveDeadline(member, call, new CallDeadline(LocalDateTime.of(2099, 2, 1, 12, 0), BRUSSELS));
        assertThat(calls.get(call).changes()).hasSize(1);

        long callsBefore = count("exchange_call");
        assertThatThrownBy(() -> calls.open(member, other, "Not my programme", Instant.now(), deadline))
                .isInstanceOf(AccessDeniedException.class);
        CallId othersCall = calls.open(administrator, other, "Another programme's call", Instant.now(), deadline);
        assertThatThrownBy(() -> calls.moveDeadline(member, othersCall,
                new CallDeadline(LocalDateTime.of(2099, 3, 1, 12, 0), BRUSSELS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("exchange_call")).isEqualTo(callsBefore + 1);
        assertThat(calls.get(othersCall).changes()).isEmpty();
    }

    @Test
    void unknownProgrammesAndCallsAreNotFoundAndACallClosingBeforeItOpensIsRefused() {
        CallDeadline deadline = new CallDeadline(LocalDateTime.of(2099, 1, 1, 12, 0), BRUSSELS);
        assertThatThrownBy(() -> calls.open(administrator, new ProgrammeId(UUID.randomUUID()), "Nowhere",
                Instant.now(), deadline)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calls.get(new CallId(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calls.moveDeadline(administrator, new CallId(UUID.randomUUID()), deadline))
                .isInstanceOf(NotFoundException.class);

        ProgrammeId programme = programmes.create(administrator, connect());
        long before = count("exchange_call");
        assertRefused(() -> calls.open(administrator, programme, "Backwards", Instant.parse("2100-01-01T00:00:00Z"),
                deadline), "deadline");
        assertRefused(() -> calls.open(administrator, programme, " ", Instant.now(), deadline), "title");
        assertThat(count("exchange_call")).isEqualTo(before);
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ExchangeRefusal.class,
                refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
