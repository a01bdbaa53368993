package org.collegium.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.collegium.network.OrganisationId;

/**
 * What an association asks for: its challenge, the local governments that benefit, and the counterpart it seeks
 * (job functions, comparable responsibilities, how many practitioners, working languages, preferred methods and
 * the time window).
 *
 * @param counterpartFunctions function codes of the {@link Vocabulary}
 * @param workingLanguages ISO 639-1 codes
 */
public record ExpertiseRequestDraft(OrganisationId association, String title, String topic, String challenge,
        List<String> beneficiaries, Set<String> counterpartFunctions, String responsibilities, int practitionersSought,
        Set<String> workingLanguages, Set<ExchangeMethod> methods, LocalDate windowFrom, LocalDate windowTo) {

    public ExpertiseRequestDraft {
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
        counterpartFunctions = counterpartFunctions == null ? Set.of() : Set.copyOf(counterpartFunctions);
        workingLanguages = workingLanguages == null ? Set.of() : Set.copyOf(workingLanguages);
        methods = methods == null ? Set.of() : Set.copyOf(methods);
    }
}
