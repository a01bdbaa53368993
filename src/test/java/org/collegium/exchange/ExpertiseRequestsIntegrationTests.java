package org.collegium.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Expertise requests through their facade on the real database: who files them, what is refused, what is listed. */
@CollegiumIntegrationTest
class ExpertiseRequestsIntegrationTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String PASSWORD = "a long and unusual exchange passphrase";

    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final Accounts accounts;
    private final Roles roles;
    private final DirectoryEditing editing;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    private AccountId administrator;
    private AccountId focalPoint;
    private AccountId secretariat;
    private AccountId stranger;
    private OrganisationId ugandan;
    private OrganisationId dutch;
    private ProgrammeId programme;
    private CallId call;

    @Autowired
    ExpertiseRequestsIntegrationTests(Programmes programmes, Calls calls, ExpertiseRequests requests,
            Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.accounts = accounts;
        this.roles = roles;
        this.editing = editing;
        this.users = users;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aProgrammeWithAnOpenCallAndAnAssociationOfAPartnerCountry() {
        administrator = account("requests-admin");
        roles.grant(administrator, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        focalPoint = account("requests-focal");
        secretariat = account("requests-secretariat");
        stranger = account("requests-stranger");
        OrganisationId platforma = organisation("Secretariat", OrganisationKind.NETWORK, "BE");
        ugandan = organisation("Uganda Local Governments Association", OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "UG");
        dutch = organisation("Association of Netherlands Municipalities", OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "NL");
        roles.grant(focalPoint, Role.FOCAL_POINT, ugandan.value());
        programme = programmes.create(administrator, new NewProgramme("CONNECT " + UUID.randomUUID(), Set.of(platforma),
                Set.of("UG", "KH", "CO", "GH"), Set.of("NL", "BE"), "connect@example.org", new BigDecimal("100000"), "EUR"));
        programmes.appointSecretariat(administrator, programme, secretariat);
        call = calls.open(administrator, programme, "Call " + UUID.randomUUID(), Instant.now().minus(Duration.ofDays(1)),
                new CallDeadline(LocalDateTime.now(BRUSSELS).plusDays(20).withNano(0), BRUSSELS));
    }

    @Test
    void theAssociationsFocalPointFilesARequestThatTheOpenListShows() {
        ExpertiseRequestId id = requests.file(focalPoint, call, foodSecurity(ugandan));

        ExpertiseRequestView view = requests.get(id);
        assertThat(view.associationCountry()).isEqualTo("UG");
        assertThat(view.beneficiaries()).containsExactly("Kyotera District", "Rakai District");
        assertThat(view.counterpartFunctions()).containsExactlyInAnyOrder("food-security-officer", "agricultural-officer");
        assertThat(view.methods()).containsExactlyInAnyOrder(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.STUDY_VISIT);
        assertThat(requests.ofCall(call)).extracting(ExpertiseRequestView::id).containsExactly(id);
        assertThat(requests.open(RequestFilter.NONE)).extracting(ExpertiseRequestView::id).contains(id);
        assertThat(requests.open(new RequestFilter("UG", "food-security", ExchangeMethod.STUDY_VISIT, "en")))
                .extracting(ExpertiseRequestView::id).contains(id);
        assertThat(requests.open(new RequestFilter("KH", null, null, null))).extracting(ExpertiseRequestView::id)
                .doesNotContain(id);
        assertThat(requests.open(new RequestFilter(null, null, ExchangeMethod.WORK_PLACEMENT, null)))
                .extracting(ExpertiseRequestView::id).doesNotContain(id);
        assertThat(requests.open(new RequestFilter(null, null, null, "fr"))).extracting(ExpertiseRequestView::id)
                .doesNotContain(id);
    }

    @Test
    void theSecretariatFilesOnTheAssociationsBehalfAndRevisesUntilTheDeadline() {
        ExpertiseRequestId id = requests.file(secretariat, call, foodSecurity(ugandan));
        ExpertiseRequestDraft revised = new ExpertiseRequestDraft(ugandan, "Food security in Kyotera", "food-security",
                "Markets flood after harvest.", List.of("Kyotera District"), Set.of("food-security-officer"),
                "Plans food reserves", 1, Set.of("en", "fr"), Set.of(ExchangeMethod.WORK_PLACEMENT),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30));

        requests.revise(focalPoint, id, revised);

        assertThat(requests.get(id).title()).isEqualTo("Food security in Kyotera");
        assertThat(requests.get(id).workingLanguages()).containsExactlyInAnyOrder("en", "fr");
        calls.moveDeadline(administrator, call,
                new CallDeadline(LocalDateTime.now(BRUSSELS).minusSeconds(1).withNano(0), BRUSSELS));
        assertRefused(() -> requests.revise(focalPoint, id, foodSecurity(ugandan)), null);
        assertThat(requests.get(id).title()).isEqualTo("Food security in Kyotera");
        assertThat(requests.open(RequestFilter.NONE)).extracting(ExpertiseRequestView::id).doesNotContain(id);
    }

    @Test
    void longListsComeAPageAtATimeInTheOrderFiled() {
        List<ExpertiseRequestId> filed = List.of(requests.file(focalPoint, call, foodSecurity(ugandan)),
                requests.file(focalPoint, call, foodSecurity(ugandan)), requests.file(secretariat, call, foodSecurity(ugandan)));

        assertThat(requests.ofCall(call, 0, 2).getContent()).extracting(ExpertiseRequestView::id)
                .containsExactly(filed.get(0), filed.get(1));
        assertThat(requests.ofCall(call, 1, 2).getContent()).extracting(ExpertiseRequestView::id)
                .containsExactly(filed.get(2));
        assertThat(requests.ofCall(call, 0, 2).getTotalElements()).isEqualTo(3);
        assertThat(requests.ofCall(call, 1, 2).getContent().getFirst().beneficiaries())
                .containsExactly("Kyotera District", "Rakai District");
        assertThat(requests.open(new RequestFilter("UG", "food-security", null, "en"), 0, 1000).getContent())
                .extracting(ExpertiseRequestView::id).containsAll(filed);
        assertThat(requests.openLanguages()).contains("en");
    }

    @Test
    void onlyTheFocalPointOrTheSecretariatFiles() {
        long before = count("exchange_request");
        assertThatThrownBy(() -> requests.file(stranger, call, foodSecurity(ugandan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.file(null, call, foodSecurity(ugandan)))
                .isInstanceOf(AccessDeniedException.class);
        ExpertiseRequestId id = requests.file(focalPoint, call, foodSecurity(ugandan));
        assertThatThrownBy(() -> requests.revise(stranger, id, foodSecurity(ugandan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.file(focalPoint, new CallId(UUID.randomUUID()), foodSecurity(ugandan)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.get(new ExpertiseRequestId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("exchange_request")).isEqualTo(before + 1);
    }

    @Test
    void refusedRequestsWriteNothing() {
        roles.grant(focalPoint, Role.FOCAL_POINT, dutch.value());
        long before = count("exchange_request");
        long functionsBefore = count("exchange_request_function");
        ExpertiseRequestDraft good = foodSecurity(ugandan);
        assertRefused(() -> requests.file(focalPoint, call, foodSecurity(dutch)), "association");
        assertRefused(() -> requests.file(focalPoint, call, with(good, " ", good.topic(), good.counterpartFunctions(),
                good.workingLanguages(), good.windowFrom(), good.windowTo())), "title");
        assertRefused(() -> requests.file(focalPoint, call, with(good, good.title(), "astrology",
                good.counterpartFunctions(), good.workingLanguages(), good.windowFrom(), good.windowTo())), "topic");
        assertRefused(() -> requests.file(focalPoint, call, with(good, good.title(), good.topic(), Set.of("wizard"),
                good.workingLanguages(), good.windowFrom(), good.windowTo())), "counterpartFunctions");
        assertRefused(() -> requests.file(focalPoint, call, with(good, good.title(), good.topic(),
                good.counterpartFunctions(), Set.of("english"), good.windowFrom(), good.windowTo())), "workingLanguages");
        assertRefused(() -> requests.file(focalPoint, call, with(good, good.title(), good.topic(),
                good.counterpartFunctions(), good.workingLanguages(), good.windowTo(), good.windowFrom())), "windowTo");
        calls.moveDeadline(administrator, call,
                new CallDeadline(LocalDateTime.now(BRUSSELS).minusSeconds(1).withNano(0), BRUSSELS));
        assertRefused(() -> requests.file(focalPoint, call, good), null);
        assertThat(count("exchange_request")).isEqualTo(before);
        assertThat(count("exchange_request_function")).isEqualTo(functionsBefore);
    }

    private static ExpertiseRequestDraft with(ExpertiseRequestDraft draft, String title, String topic,
            Set<String> functions, Set<String> languages, LocalDate from, LocalDate to) {
        return new ExpertiseRequestDraft(draft.association(), title, topic, draft.challenge(), draft.beneficiaries(),
                functions, draft.responsibilities(), draft.practitionersSought(), languages, draft.methods(), from, to);
    }

    private static ExpertiseRequestDraft foodSecurity(OrganisationId association) {
        return new ExpertiseRequestDraft(association, "Food security and nutrition", "food-security",
                "Districts lack the skills to plan food reserves and support smallholders.",
                List.of("Kyotera District", "Rakai District"), Set.of("food-security-officer", "agricultural-officer"),
                "Plans and runs the district's food security and agricultural extension services.", 2, Set.of("en"),
                Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.STUDY_VISIT), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 30));
    }

    private AccountId account(String prefix) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        accounts.createConfirmed(email, prefix, PASSWORD, Locale.ENGLISH);
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private OrganisationId organisation(String name, OrganisationKind kind, String country) {
        String email = accounts.find(administrator).orElseThrow().email();
        return editing.create((Viewer) users.loadUserByUsername(email), new OrganisationDetails(name + " " + UUID.randomUUID(),
                null, kind, country, "Somewhere", "https://example.org/" + UUID.randomUUID()), "en").id();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ExchangeRefusal.class,
                refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
