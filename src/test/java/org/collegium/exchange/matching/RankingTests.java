package org.collegium.exchange.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;
import org.junit.jupiter.api.Test;

/** The ranking on hand-made cases: each criterion, its reason, the flag and the tie-break. */
class RankingTests {

    private static final Period MARCH_TO_MAY = new Period(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 5, 31));

    private static final Need HEAD_OF_HR = new Need(Set.of("head-of-human-resources"), Set.of("human-resources"),
            "human-resources-management", Set.of("en", "fr"), MARCH_TO_MAY,
            Set.of(ExchangeMethod.EXPERT_MISSION, ExchangeMethod.STUDY_VISIT));

    private static Candidate candidate(String id, String name, String function, String family) {
        return new Candidate(id, name, function, family, Set.of(), Map.of(), List.of(), Set.of(), false);
    }

    @Test
    void matchesPeersWithTheSameFunctionFirst() {
        Candidate same = candidate("1", "Zoe", "head-of-human-resources", "human-resources");
        Candidate comparable = candidate("2", "Anna", "hr-officer", "human-resources");
        Candidate other = candidate("3", "Bram", "city-treasurer", "finance");

        List<Match> ranking = Ranking.rank(HEAD_OF_HR, List.of(other, comparable, same));

        assertThat(ranking).extracting(match -> match.candidate().id()).containsExactly("1", "2", "3");
        assertThat(ranking.get(0).reasons()).startsWith(new Reason.SameFunction("head-of-human-resources"));
        assertThat(ranking.get(1).reasons()).startsWith(new Reason.ComparableResponsibilities("human-resources"));
        assertThat(ranking.get(0).score() - ranking.get(2).score()).isEqualTo(Ranking.SAME_FUNCTION);
        assertThat(ranking.get(1).score() - ranking.get(2).score()).isEqualTo(Ranking.COMPARABLE_RESPONSIBILITIES);
    }

    @Test
    void givesEveryReasonOfAPerfectCandidateInOrder() {
        Candidate perfect = new Candidate("1", "Marieke", "head-of-human-resources", "human-resources",
                Set.of("human-resources-management", "ecotourism"), Map.of("en", LanguageLevel.C1, "nl", LanguageLevel.NATIVE),
                List.of(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 1, 31)),
                        new Period(LocalDate.of(2017, 4, 10), LocalDate.of(2017, 6, 30)),
                        new Period(LocalDate.of(2017, 2, 20), LocalDate.of(2017, 3, 2))),
                Set.of(ExchangeMethod.STUDY_VISIT, ExchangeMethod.EXPERT_MISSION, ExchangeMethod.WORK_PLACEMENT), true);

        Match match = Ranking.score(HEAD_OF_HR, perfect);

        assertThat(match.score()).isEqualTo(Ranking.MAXIMUM).isEqualTo(100);
        assertThat(match.reasons()).containsExactly(new Reason.SameFunction("head-of-human-resources"),
                new Reason.KnowsTopic("human-resources-management"), new Reason.SharesLanguage("en", LanguageLevel.C1),
                new Reason.Available(YearMonth.of(2017, 3)), new Reason.OffersMethod(ExchangeMethod.EXPERT_MISSION),
                new Reason.InternationalExperience());
        assertThat(match.flagged()).isFalse();
    }

    @Test
    void flagsACandidateWithNoSharedLanguageWithoutHidingIt() {
        Candidate dutchOnly = new Candidate("1", "Henk", "head-of-human-resources", "human-resources", Set.of(),
                Map.of("nl", LanguageLevel.NATIVE), List.of(), Set.of(), false);

        List<Match> ranking = Ranking.rank(HEAD_OF_HR, List.of(dutchOnly));

        assertThat(ranking).hasSize(1);
        assertThat(ranking.get(0).flagged()).isTrue();
        assertThat(ranking.get(0).reasons()).contains(new Reason.NoSharedLanguage());
        assertThat(ranking.get(0).score()).isEqualTo(Ranking.SAME_FUNCTION);
    }

    @Test
    void countsALanguageBelowB1AsBasicAndNamesTheBestSharedLevel() {
        Candidate basic = new Candidate("1", "A", null, null, Set.of(), Map.of("fr", LanguageLevel.A2), List.of(),
                Set.of(), false);
        Candidate both = new Candidate("2", "B", null, null, Set.of(),
                Map.of("fr", LanguageLevel.B1, "en", LanguageLevel.B1, "es", LanguageLevel.NATIVE), List.of(), Set.of(), false);

        assertThat(Ranking.score(HEAD_OF_HR, basic).score()).isEqualTo(Ranking.BASIC_LANGUAGE);
        assertThat(Ranking.score(HEAD_OF_HR, basic).reasons()).containsExactly(new Reason.SharesLanguage("fr", LanguageLevel.A2));
        assertThat(Ranking.score(HEAD_OF_HR, both).score()).isEqualTo(Ranking.WORKING_LANGUAGE);
        assertThat(Ranking.score(HEAD_OF_HR, both).reasons()).containsExactly(new Reason.SharesLanguage("en", LanguageLevel.B1));
    }

    @Test
    void countsAvailabilityThatTouchesTheWindowByASingleDay() {
        Candidate lastDay = new Candidate("1", "A", null, null, Set.of(), Map.of(), List.of(
                new Period(LocalDate.of(2017, 5, 31), LocalDate.of(2017, 8, 1))), Set.of(), false);
        Candidate dayAfter = new Candidate("2", "B", null, null, Set.of(), Map.of(), List.of(
                new Period(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 8, 1))), Set.of(), false);

        assertThat(Ranking.score(HEAD_OF_HR, lastDay).reasons()).contains(new Reason.Available(YearMonth.of(2017, 5)));
        assertThat(Ranking.score(HEAD_OF_HR, dayAfter).reasons()).noneMatch(Reason.Available.class::isInstance);
    }

    @Test
    void ignoresMethodsTheRequestDoesNotPrefer() {
        Candidate roundTable = new Candidate("1", "A", null, null, Set.of(), Map.of(), List.of(),
                Set.of(ExchangeMethod.EXPERT_ROUND_TABLE), false);

        assertThat(Ranking.score(HEAD_OF_HR, roundTable).score()).isZero();
    }

    @Test
    void givesNoLanguageOrAvailabilityReasonWhenTheRequestSaysNothingOfThem() {
        Need open = new Need(Set.of("mayor"), Set.of("executive"), null, Set.of(), null, Set.of());
        Candidate anyone = new Candidate("1", "A", "mayor", "executive", Set.of("x"), Map.of("en", LanguageLevel.C2),
                List.of(MARCH_TO_MAY), Set.of(ExchangeMethod.STUDY_VISIT), false);

        assertThat(Ranking.score(open, anyone).reasons()).containsExactly(new Reason.SameFunction("mayor"));
    }

    @Test
    void breaksTiesByNameIgnoringCaseThenById() {
        Candidate b = candidate("9", "bea", "x", "y");
        Candidate a2 = candidate("2", "Alba", "x", "y");
        Candidate a1 = candidate("1", "Alba", "x", "y");
        Candidate lowerA = candidate("3", "alba", "x", "y");

        assertThat(Ranking.rank(HEAD_OF_HR, List.of(b, a2, lowerA, a1))).extracting(match -> match.candidate().id())
                .containsExactly("1", "2", "3", "9");
    }
}
