package org.collegium.exchange.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.identity.LanguageLevel;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Practitioner profiles on the real database: written and read back, who may write them, refusals, the registry. */
@CollegiumIntegrationTest
class PractitionersIntegrationTests {

    private final Practitioners practitioners;
    private final PractitionerFixtures fixtures;
    private final JdbcTemplate jdbc;

    private OrganisationId utrecht;
    private AccountId marieke;

    @Autowired
    PractitionersIntegrationTests(Practitioners practitioners, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, JdbcTemplate jdbc) {
        this.practitioners = practitioners;
        this.fixtures = new PractitionerFixtures(accounts, roles, editing, users);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aMunicipalityAndOneOfItsPeople() {
        utrecht = fixtures.municipality("NL");
        marieke = fixtures.account("marieke");
        fixtures.member(marieke, utrecht);
    }

    @Test
    void savesAProfileAndReadsItBack() {
        practitioners.save(marieke, marieke, PractitionerFixtures.headOfHumanResources(utrecht));

        PractitionerView view = practitioners.find(marieke).orElseThrow();
        assertThat(view.organisation()).isEqualTo(utrecht);
        assertThat(view.country()).isEqualTo("NL");
        assertThat(view.name()).startsWith("Person marieke");
        assertThat(view.jobTitle()).isEqualTo("Head of HR");
        assertThat(view.function()).isEqualTo("head-of-human-resources");
        assertThat(view.topics()).containsExactly("human-resources-management");
        assertThat(view.languages()).containsExactly(new SpokenLanguage("en", LanguageLevel.C1),
                new SpokenLanguage("nl", LanguageLevel.NATIVE));
        assertThat(view.availability()).containsExactly(new Availability(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)));
        assertThat(view.hasInternationalExperience()).isTrue();
        assertThat(practitioners.get(marieke, marieke)).isEqualTo(view);
    }

    @Test
    void replacesTheWholeProfileOnTheNextSave() {
        practitioners.save(marieke, marieke, PractitionerFixtures.headOfHumanResources(utrecht));
        practitioners.save(marieke, marieke, new PractitionerProfile(utrecht, "HR officer", "human-resources-officer",
                null, Set.of(), List.of(new SpokenLanguage("fr", LanguageLevel.B1)), " ", List.of()));

        PractitionerView view = practitioners.find(marieke).orElseThrow();
        assertThat(view.function()).isEqualTo("human-resources-officer");
        assertThat(view.topics()).isEmpty();
        assertThat(view.languages()).containsExactly(new SpokenLanguage("fr", LanguageLevel.B1));
        assertThat(view.availability()).isEmpty();
        assertThat(view.hasInternationalExperience()).isFalse();
    }

    @Test
    void letsTheFocalPointAndAdministratorsWriteAMembersProfile() {
        AccountId focalPoint = fixtures.account("focal");
        fixtures.focalPoint(focalPoint, utrecht);

        practitioners.save(focalPoint, marieke, PractitionerFixtures.headOfHumanResources(utrecht));
        practitioners.save(fixtures.administrator(), marieke, PractitionerFixtures.headOfHumanResources(utrecht));

        assertThat(practitioners.ofOrganisation(focalPoint, utrecht)).extracting(PractitionerView::account)
                .containsExactly(marieke);
        assertThat(practitioners.membersOf(focalPoint, utrecht)).extracting(member -> member.id()).contains(marieke);
        assertThat(practitioners.get(focalPoint, marieke).jobTitle()).isEqualTo("Head of HR");
    }

    @Test
    void refusesEveryoneElseAndWritesNothing() {
        OrganisationId other = fixtures.municipality("BE");
        AccountId memberOfAnother = fixtures.account("other");
        fixtures.member(memberOfAnother, other);
        AccountId focalPointOfAnother = fixtures.account("other-focal");
        fixtures.focalPoint(focalPointOfAnother, other);
        AccountId colleague = fixtures.account("colleague");
        fixtures.member(colleague, utrecht);

        for (AccountId intruder : List.of(memberOfAnother, focalPointOfAnother, colleague)) {
            assertThatThrownBy(() -> practitioners.save(intruder, marieke, PractitionerFixtures.headOfHumanResources(utrecht)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rowsOf(marieke)).isEqualTo(List.of(0, 0, 0, 0));
        practitioners.save(marieke, marieke, PractitionerFixtures.headOfHumanResources(utrecht));
        assertThatThrownBy(() -> practitioners.get(memberOfAnother, marieke)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practitioners.ofOrganisation(focalPointOfAnother, utrecht))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practitioners.ofOrganisation(colleague, utrecht)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practitioners.get(marieke, colleague)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesOnlyInOrganisationsThePersonBelongsToThatAreGovernments() {
        OrganisationId association = fixtures.organisation(OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, "NL");
        fixtures.member(marieke, association);
        OrganisationId notMine = fixtures.municipality("NL");

        refused("organisation", "practitioner.organisation.not-government", profile -> { }, association);
        refused("organisation", "practitioner.organisation.not-member", profile -> { }, notMine);
        assertThat(practitioners.governmentsOf(marieke)).extracting(organisation -> organisation.id()).containsExactly(utrecht);
    }

    @Test
    void refusesAnInvalidProfileNamingTheFieldAndKeepsThePreviousOne() {
        practitioners.save(marieke, marieke, PractitionerFixtures.headOfHumanResources(utrecht));
        List<Integer> before = rowsOf(marieke);

        refusal("jobTitle", new PractitionerProfile(utrecht, " ", "mayor", null, Set.of(), List.of(), null, List.of()));
        refusal("function", new PractitionerProfile(utrecht, "Head", "astronaut", null, Set.of(), List.of(), null, List.of()));
        refusal("topics", new PractitionerProfile(utrecht, "Head", "mayor", null, Set.of("knitting"), List.of(), null, List.of()));
        refusal("languages", new PractitionerProfile(utrecht, "Head", "mayor", null, Set.of(),
                List.of(new SpokenLanguage("xx", LanguageLevel.B2)), null, List.of()));
        refusal("languages", new PractitionerProfile(utrecht, "Head", "mayor", null, Set.of(),
                List.of(new SpokenLanguage("en", LanguageLevel.B2), new SpokenLanguage("en", LanguageLevel.C1)),
                null, List.of()));
        refusal("availability", new PractitionerProfile(utrecht, "Head", "mayor", null, Set.of(), List.of(), null,
                List.of(new Availability(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)))));
        refusal("responsibilities", new PractitionerProfile(utrecht, "Head", "mayor", "x".repeat(2001), Set.of(),
                List.of(), null, List.of()));

        assertThat(rowsOf(marieke)).isEqualTo(before);
        assertThat(practitioners.find(marieke).orElseThrow().function()).isEqualTo("head-of-human-resources");
    }

    @Test
    void searchesTheRegistryByFunctionTopicLanguageCountryAndAvailability() {
        OrganisationId ghent = fixtures.municipality("BE");
        AccountId jan = fixtures.account("jan");
        fixtures.member(jan, ghent);
        practitioners.save(marieke, marieke, PractitionerFixtures.headOfHumanResources(utrecht));
        practitioners.save(jan, jan, new PractitionerProfile(ghent, "Treasurer", "head-of-finance", null,
                Set.of("public-finance"), List.of(new SpokenLanguage("fr", LanguageLevel.C2)), null,
                List.of(new Availability(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30)))));
        Set<String> both = Set.of("NL", "BE");

        assertThat(search(new PractitionerQuery(Set.of("head-of-human-resources"), null, null, both, null, null), marieke, jan))
                .containsExactly(marieke);
        assertThat(search(new PractitionerQuery(Set.of(), "public-finance", null, both, null, null), marieke, jan)).containsExactly(jan);
        assertThat(search(new PractitionerQuery(Set.of(), null, "en", both, null, null), marieke, jan)).containsExactly(marieke);
        assertThat(search(new PractitionerQuery(Set.of(), null, null, Set.of("BE"), null, ghent), marieke, jan)).containsExactly(jan);
        assertThat(search(new PractitionerQuery(Set.of(), null, null, both,
                new Availability(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30)), utrecht), marieke, jan)).containsExactly(marieke);
        assertThat(search(new PractitionerQuery(Set.of(), null, null, both,
                new Availability(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31)), null), marieke, jan)).isEmpty();
    }

    /** What the search finds among this test's practitioners (other tests write to the same registry). */
    private List<AccountId> search(PractitionerQuery query, AccountId... ofThisTest) {
        Set<AccountId> mine = Set.of(ofThisTest);
        return practitioners.search(query).stream().map(PractitionerView::account).filter(mine::contains).toList();
    }

    private void refusal(String field, PractitionerProfile profile) {
        assertThatThrownBy(() -> practitioners.save(marieke, marieke, profile)).isInstanceOfSatisfying(ExchangeRefusal.class,
                refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    private void refused(String field, String code, Consumer<PractitionerProfile> unused, OrganisationId organisation) {
        assertThatThrownBy(() -> practitioners.save(marieke, marieke, PractitionerFixtures.headOfHumanResources(organisation)))
                .isInstanceOfSatisfying(ExchangeRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.code()).isEqualTo(code);
                });
        assertThat(rowsOf(marieke)).isEqualTo(List.of(0, 0, 0, 0));
    }

    private List<Integer> rowsOf(AccountId account) {
        return List.of("exchange_practitioner", "exchange_practitioner_topic", "exchange_practitioner_language",
                "exchange_practitioner_availability").stream().map(table -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", Integer.class, account.value())).toList();
    }
}
