package org.collegium.exchange.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.FunctionTerm;
import org.collegium.exchange.practitioner.PractitionerView;
import org.collegium.identity.LanguageLevel;
import org.collegium.identity.SpokenLanguage;

/** Turns requests and practitioners into what the {@link Ranking} reads, with the vocabulary's families. */
final class Candidates {

    private final Map<String, String> families;

    Candidates(List<FunctionTerm> functions) {
        this.families = functions.stream().collect(Collectors.toMap(FunctionTerm::code, FunctionTerm::family));
    }

    String familyOf(String function) {
        return function == null ? null : families.get(function);
    }

    Need need(ExpertiseRequestView request) {
        Period window = request.windowFrom() == null || request.windowTo() == null
                || request.windowTo().isBefore(request.windowFrom()) ? null
                        : new Period(request.windowFrom(), request.windowTo());
        return new Need(request.counterpartFunctions(), request.counterpartFunctions().stream().map(this::familyOf)
                .filter(family -> family != null).collect(Collectors.toSet()), request.topic(),
                request.workingLanguages(), window, request.methods());
    }

    Candidate candidate(PractitionerView practitioner) {
        return new Candidate(practitioner.account().value().toString(), practitioner.name(), practitioner.function(),
                familyOf(practitioner.function()), practitioner.topics(),
                practitioner.languages().stream().collect(Collectors.toMap(SpokenLanguage::code,
                        SpokenLanguage::level, Candidates::better)),
                practitioner.availability().stream().map(period -> new Period(period.from(), period.to())).toList(),
                java.util.Set.of(), practitioner.hasInternationalExperience());
    }

    /** The function codes of the families, for filtering candidates in SQL. */
    java.util.Set<String> functionsOf(java.util.Set<String> familiesSought) {
        return families.entrySet().stream().filter(entry -> familiesSought.contains(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    static Map<String, PractitionerView> byId(List<PractitionerView> practitioners) {
        return practitioners.stream().collect(Collectors.toMap(view -> view.account().value().toString(),
                Function.identity(), (first, second) -> first));
    }

    private static LanguageLevel better(LanguageLevel one, LanguageLevel other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
