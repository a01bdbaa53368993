package org.collegium.exchange.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;

/**
 * Ranks candidates for an expertise request. Pure and deterministic: the same need and candidates give the same
 * ranking, whatever order the candidates come in. Each criterion adds points and, when it applies, one reason:
 * <table>
 * <caption>Points per criterion (at most 100)</caption>
 * <tr><th>criterion</th><th>points</th><th>reason</th></tr>
 * <tr><td>same function (the candidate's function code is one of the counterpart functions)</td><td>40</td>
 * <td>"same function: head of human resources"</td></tr>
 * <tr><td>otherwise comparable responsibilities (same family as a counterpart function)</td><td>25</td>
 * <td>"comparable responsibilities (human resources)"</td></tr>
 * <tr><td>knows the request's topic</td><td>20</td><td>"expertise in food security"</td></tr>
 * <tr><td>shares a working language at a working level ({@link LanguageLevel#isWorking()}: B1 or above)</td>
 * <td>15</td><td>"shares English (C1)"</td></tr>
 * <tr><td>shares a working language only below B1</td><td>5</td><td>"shares English (A2)"</td></tr>
 * <tr><td>shares none of the working languages</td><td>0</td><td>"no shared working language", a flag: the
 * candidate stays in the ranking</td></tr>
 * <tr><td>available within the window (an availability period shares at least one day with it, both ends
 * included)</td><td>10</td><td>"available in March 2017", the month of the first shared day</td></tr>
 * <tr><td>offers a preferred method (expressions of interest)</td><td>10</td>
 * <td>"offers an expert mission, a preferred method", the first such method in {@link ExchangeMethod} order</td></tr>
 * <tr><td>international experience</td><td>5</td><td>"international experience"</td></tr>
 * </table>
 * Where several shared languages qualify, the reason names the best level, then the first language code in
 * alphabetical order. A request without working languages, window, topic or preferred methods neither adds
 * points nor gives a reason for that criterion. Ties: higher score first, then the name (ignoring case, then
 * exactly), then the id.
 */
public final class Ranking {

    public static final int SAME_FUNCTION = 40;
    public static final int COMPARABLE_RESPONSIBILITIES = 25;
    public static final int TOPIC = 20;
    public static final int WORKING_LANGUAGE = 15;
    public static final int BASIC_LANGUAGE = 5;
    public static final int AVAILABLE = 10;
    public static final int METHOD = 10;
    public static final int INTERNATIONAL_EXPERIENCE = 5;
    public static final int MAXIMUM = SAME_FUNCTION + TOPIC + WORKING_LANGUAGE + AVAILABLE + METHOD
            + INTERNATIONAL_EXPERIENCE;

    /** The order of a ranking: score descending, then name, then id. */
    public static final Comparator<Match> ORDER = Comparator.comparingInt(Match::score).reversed()
            .thenComparing(match -> match.candidate().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(match -> match.candidate().name())
            .thenComparing(match -> match.candidate().id());

    private Ranking() {
    }

    public static List<Match> rank(Need need, Collection<Candidate> candidates) {
        return candidates.stream().map(candidate -> score(need, candidate)).sorted(ORDER).toList();
    }

    public static Match score(Need need, Candidate candidate) {
        int score = 0;
        List<Reason> reasons = new ArrayList<>();
        if (candidate.function() != null && need.functions().contains(candidate.function())) {
            score += SAME_FUNCTION;
            reasons.add(new Reason.SameFunction(candidate.function()));
        } else if (candidate.family() != null && need.families().contains(candidate.family())) {
            score += COMPARABLE_RESPONSIBILITIES;
            reasons.add(new Reason.ComparableResponsibilities(candidate.family()));
        }
        if (need.topic() != null && candidate.topics().contains(need.topic())) {
            score += TOPIC;
            reasons.add(new Reason.KnowsTopic(need.topic()));
        }
        if (!need.languages().isEmpty()) {
            Optional<Map.Entry<String, LanguageLevel>> shared = bestSharedLanguage(need, candidate);
            if (shared.isEmpty()) {
                reasons.add(new Reason.NoSharedLanguage());
            } else {
                score += shared.get().getValue().isWorking() ? WORKING_LANGUAGE : BASIC_LANGUAGE;
                reasons.add(new Reason.SharesLanguage(shared.get().getKey(), shared.get().getValue()));
            }
        }
        if (need.window() != null) {
            Optional<LocalDate> first = candidate.availability().stream().filter(period -> period.overlaps(need.window()))
                    .map(period -> period.firstCommonDay(need.window())).min(Comparator.naturalOrder());
            if (first.isPresent()) {
                score += AVAILABLE;
                reasons.add(new Reason.Available(YearMonth.from(first.get())));
            }
        }
        Optional<ExchangeMethod> method = candidate.methods().stream().filter(need.methods()::contains)
                .min(Comparator.naturalOrder());
        if (method.isPresent()) {
            score += METHOD;
            reasons.add(new Reason.OffersMethod(method.get()));
        }
        if (candidate.internationalExperience()) {
            score += INTERNATIONAL_EXPERIENCE;
            reasons.add(new Reason.InternationalExperience());
        }
        return new Match(candidate, score, reasons);
    }

    private static Optional<Map.Entry<String, LanguageLevel>> bestSharedLanguage(Need need, Candidate candidate) {
        return candidate.languages().entrySet().stream().filter(spoken -> need.languages().contains(spoken.getKey()))
                .min(Map.Entry.<String, LanguageLevel>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
    }
}
