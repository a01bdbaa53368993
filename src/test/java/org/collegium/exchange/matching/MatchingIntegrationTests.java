package org.collegium.exchange.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.practitioner.Availability;
import org.collegium.exchange.practitioner.PractitionerFixtures;
import org.collegium.exchange.practitioner.PractitionerProfile;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Matching on real rows: a request's ranked candidates, the reverse view and the registry search, and who sees them. */
@CollegiumIntegrationTest
class MatchingIntegrationTests {

    private final Matching matching;
    private final Practitioners practitioners;
    private final PractitionerFixtures fixtures;
    private final MatchingFixtures request;
    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;

    private OrganisationId utrecht;
    private AccountId focalPoint;
    private AccountId sameFunction;
    private AccountId comparable;
    private AccountId topicOnly;
    private AccountId unrelated;
    private AccountId german;

    @Autowired
    MatchingIntegrationTests(Matching matching, Practitioners practitioners, Programmes programmes, Calls calls,
            ExpertiseRequests requests, Accounts accounts, Roles roles, DirectoryEditing editing, UserDetailsService users) {
        this.matching = matching;
        this.practitioners = practitioners;
        this.fixtures = new PractitionerFixtures(accounts, roles, editing, users);
        this.request = new MatchingFixtures(fixtures, programmes, calls, requests);
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
    }

    @BeforeEach
    void practitionersInTheNetherlandsBelgiumAndGermany() {
        utrecht = fixtures.municipality("NL");
        focalPoint = fixtures.account("focal");
        fixtures.focalPoint(focalPoint, utrecht);
        OrganisationId ghent = fixtures.municipality("BE");
        OrganisationId cologne = fixtures.municipality("DE");
        sameFunction = practitioner(utrecht, "head-of-human-resources", Set.of(), "en", LanguageLevel.C1,
                new Availability(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 15)), "Kampala 2019");
        comparable = practitioner(ghent, "training-officer", Set.of(), "fr", LanguageLevel.NATIVE, null, "Hanoi 2021");
        topicOnly = practitioner(utrecht, "head-of-finance", Set.of("human-resources-management"), "en",
                LanguageLevel.A2, null, null);
        unrelated = practitioner(ghent, "urban-planner", Set.of("urban-planning"), "en", LanguageLevel.C2, null, null);
        german = practitioner(cologne, "head-of-human-resources", Set.of(), "en", LanguageLevel.C2, null, null);
    }

    private AccountId practitioner(OrganisationId organisation, String function, Set<String> topics, String language,
            LanguageLevel level, Availability availability, String international) {
        AccountId person = fixtures.account(function);
        fixtures.member(person, organisation);
        practitioners.save(person, person, new PractitionerProfile(organisation, "Job", function, null, topics,
                List.of(new SpokenLanguage(language, level)), international,
                availability == null ? List.of() : List.of(availability)));
        return person;
    }

    @Test
    void ranksColleaguesOfTheExpertiseCountriesWithTheirReasons() {
        List<PractitionerMatch> ranking = matching.candidatesFor(request.secretariat, request.request).stream()
                .filter(match -> List.of(sameFunction, comparable, topicOnly, unrelated, german)
                        .contains(match.practitioner().account())).toList();

        assertThat(ranking).extracting(match -> match.practitioner().account())
                .containsExactly(sameFunction, comparable, topicOnly);
        assertThat(ranking.get(0).match().reasons()).containsExactly(new Reason.SameFunction("head-of-human-resources"),
                new Reason.SharesLanguage("en", LanguageLevel.C1), new Reason.Available(YearMonth.of(2027, 3)),
                new Reason.InternationalExperience());
        assertThat(ranking.get(1).match().reasons()).containsExactly(
                new Reason.ComparableResponsibilities("human-resources"), new Reason.NoSharedLanguage(),
                new Reason.InternationalExperience());
        assertThat(ranking.get(1).match().flagged()).isTrue();
        assertThat(ranking.get(2).match().reasons()).containsExactly(new Reason.KnowsTopic("human-resources-management"),
                new Reason.SharesLanguage("en", LanguageLevel.A2));
    }

    @Test
    void showsTheCandidatesToTheProgrammesSecretariatOnly() {
        AccountId otherSecretariat = new MatchingFixtures(fixtures, programmes, calls, requests).secretariat;

        assertThatThrownBy(() -> matching.candidatesFor(otherSecretariat, request.request))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.candidatesFor(focalPoint, request.request))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(matching.candidatesFor(fixtures.administrator(), request.request)).isNotEmpty();
    }

    @Test
    void showsTheFocalPointTheOpenRequestsItsPeopleFit() {
        List<RequestFit> fits = matching.requestsFor(focalPoint, utrecht);

        RequestFit fit = fits.stream().filter(found -> found.request().id().equals(request.request)).findFirst().orElseThrow();
        assertThat(fit.practitioners()).extracting(match -> match.practitioner().account())
                .containsExactly(sameFunction, topicOnly);
        assertThat(fits).isSortedAccordingTo((one, other) -> Integer.compare(other.bestScore(), one.bestScore()));
        AccountId stranger = fixtures.account("stranger");
        assertThatThrownBy(() -> matching.requestsFor(stranger, utrecht)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchesTheRegistryForTheSecretariatRankedTheSameWay() {
        List<AccountId> found = matching.searchRegistry(request.secretariat, new RegistrySearch("head-of-human-resources",
                null, null, "en", null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))).stream()
                .map(match -> match.practitioner().account()).toList();
        List<AccountId> family = matching.searchRegistry(request.secretariat,
                new RegistrySearch(null, "human-resources", null, null, null, null, null)).stream()
                .map(match -> match.practitioner().account()).toList();

        assertThat(found).contains(sameFunction).doesNotContain(comparable, topicOnly, unrelated, german);
        assertThat(family).contains(sameFunction, comparable, german).doesNotContain(topicOnly, unrelated);
        assertThatThrownBy(() -> matching.searchRegistry(focalPoint, RegistrySearch.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
