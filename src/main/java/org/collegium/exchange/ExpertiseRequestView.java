package org.collegium.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.collegium.network.OrganisationId;

/** An expertise request as pages, matching and expressions of interest read it. */
public record ExpertiseRequestView(ExpertiseRequestId id, CallId call, ProgrammeId programme, OrganisationId association,
        String associationCountry, String title, String topic, String challenge, List<String> beneficiaries,
        Set<String> counterpartFunctions, String responsibilities, int practitionersSought,
        Set<String> workingLanguages, Set<ExchangeMethod> methods, LocalDate windowFrom, LocalDate windowTo,
        Instant filedAt) {
}
