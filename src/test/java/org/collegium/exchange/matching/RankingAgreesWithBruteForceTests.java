package org.collegium.exchange.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;
import org.junit.jupiter.api.Test;

/**
 * On small random instances (seeded, so a failure repeats), the ranking equals the one a brute-force scorer finds:
 * the scores are recomputed here from the documented weights, independently of {@link Ranking}, and among every
 * permutation of the candidates exactly one is in order (score descending, then name ignoring case, name, id); it
 * is the ranking's. Names and scores collide often, so ties are exercised.
 */
class RankingAgreesWithBruteForceTests {

    private static final String[] FUNCTIONS = {"f1", "f2", "f3", "f4"};
    private static final String[] LANGUAGES = {"en", "fr", "es"};
    private static final String[] TOPICS = {"t1", "t2", "t3"};
    private static final String[] NAMES = {"Ana", "ana", "Bo", "Cy"};
    private static final LocalDate START = LocalDate.of(2017, 1, 1);

    @Test
    void agreesWithBruteForceOnThousandsOfSmallInstances() {
        Random random = new Random(20170301L);
        for (int instance = 0; instance < 3000; instance++) {
            Need need = need(random);
            List<Candidate> candidates = new ArrayList<>();
            int size = random.nextInt(6);
            for (int i = 0; i < size; i++) {
                candidates.add(candidate(random, i));
            }

            List<Match> ranking = Ranking.rank(need, candidates);

            List<Candidate> expected = bruteForce(need, candidates);
            assertThat(ranking).extracting(Match::candidate).as("instance %d", instance).containsExactlyElementsOf(expected);
            for (Match match : ranking) {
                assertThat(match.score()).as("instance %d", instance).isEqualTo(points(need, match.candidate()));
            }
        }
    }

    private static List<Candidate> bruteForce(Need need, List<Candidate> candidates) {
        List<List<Candidate>> inOrder = new ArrayList<>();
        permute(new ArrayList<>(candidates), 0, permutation -> {
            if (isInOrder(need, permutation)) {
                inOrder.add(List.copyOf(permutation));
            }
        });
        assertThat(inOrder).hasSize(1);
        return inOrder.get(0);
    }

    private static boolean isInOrder(Need need, List<Candidate> permutation) {
        for (int i = 0; i + 1 < permutation.size(); i++) {
            Candidate first = permutation.get(i);
            Candidate second = permutation.get(i + 1);
            int a = points(need, first);
            int b = points(need, second);
            if (a != b) {
                if (a < b) {
                    return false;
                }
                continue;
            }
            int byName = first.name().compareToIgnoreCase(second.name());
            if (byName == 0) {
                byName = first.name().compareTo(second.name());
            }
            if (byName > 0 || byName == 0 && first.id().compareTo(second.id()) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void permute(List<Candidate> items, int from, java.util.function.Consumer<List<Candidate>> visit) {
        if (from >= items.size()) {
            visit.accept(items);
            return;
        }
        for (int i = from; i < items.size(); i++) {
            java.util.Collections.swap(items, from, i);
            permute(items, from + 1, visit);
            java.util.Collections.swap(items, from, i);
        }
    }

    /** The documented weights, recomputed directly. */
    private static int points(Need need, Candidate candidate) {
        int points = 0;
        if (candidate.function() != null && need.functions().contains(candidate.function())) {
            points += 40;
        } else if (candidate.family() != null && need.families().contains(candidate.family())) {
            points += 25;
        }
        if (need.topic() != null && candidate.topics().contains(need.topic())) {
            points += 20;
        }
        int language = 0;
        for (String code : need.languages()) {
            LanguageLevel level = candidate.languages().get(code);
            if (level != null) {
                language = Math.max(language, level.ordinal() >= LanguageLevel.B1.ordinal() ? 15 : 5);
            }
        }
        points += language;
        if (need.window() != null) {
            for (Period period : candidate.availability()) {
                boolean shareADay = false;
                for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                    shareADay |= !day.isBefore(need.window().from()) && !day.isAfter(need.window().to());
                }
                if (shareADay) {
                    points += 10;
                    break;
                }
            }
        }
        for (ExchangeMethod method : candidate.methods()) {
            if (need.methods().contains(method)) {
                points += 10;
                break;
            }
        }
        return points + (candidate.internationalExperience() ? 5 : 0);
    }

    private static Need need(Random random) {
        Set<String> functions = subset(random, FUNCTIONS);
        Set<String> families = new HashSet<>();
        functions.forEach(function -> families.add(family(function)));
        return new Need(functions, families, random.nextBoolean() ? pick(random, TOPICS) : null, subset(random, LANGUAGES),
                random.nextInt(4) == 0 ? null : period(random), methods(random));
    }

    private static Candidate candidate(Random random, int index) {
        String function = random.nextInt(5) == 0 ? null : pick(random, FUNCTIONS);
        Map<String, LanguageLevel> languages = new HashMap<>();
        for (String code : subset(random, LANGUAGES)) {
            languages.put(code, LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]);
        }
        List<Period> availability = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            availability.add(period(random));
        }
        return new Candidate("id" + random.nextInt(3) + "-" + index, pick(random, NAMES), function,
                function == null ? null : family(function), subset(random, TOPICS), languages, availability, methods(random),
                random.nextBoolean());
    }

    /** f1 and f2 are one family, f3 and f4 another: comparable responsibilities happen. */
    private static String family(String function) {
        return function.equals("f1") || function.equals("f2") ? "a" : "b";
    }

    private static Period period(Random random) {
        LocalDate from = START.plusDays(random.nextInt(60));
        return new Period(from, from.plusDays(random.nextInt(30)));
    }

    private static Set<ExchangeMethod> methods(Random random) {
        Set<ExchangeMethod> methods = new HashSet<>();
        for (ExchangeMethod method : ExchangeMethod.values()) {
            if (random.nextInt(3) == 0) {
                methods.add(method);
            }
        }
        return methods;
    }

    private static Set<String> subset(Random random, String[] values) {
        Set<String> subset = new HashSet<>();
        for (String value : values) {
            if (random.nextBoolean()) {
                subset.add(value);
            }
        }
        return subset;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
