package org.collegium.exchange.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestDraft;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.network.OrganisationId;
import org.springframework.format.annotation.DateTimeFormat;

/** An expertise request as its form gives it: the beneficiaries one per line, the choices as codes. */
record RequestForm(String association, String title, String topic, String challenge, String beneficiaries,
        Set<String> counterpartFunctions, String responsibilities, Integer practitionersSought,
        Set<String> workingLanguages, Set<ExchangeMethod> methods,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowTo) {

    static RequestForm empty() {
        return new RequestForm("", "", "", "", "", Set.of(), "", 1, Set.of(), Set.of(), null, null);
    }

    static RequestForm of(ExpertiseRequestView request) {
        return new RequestForm(request.association().value().toString(), request.title(), request.topic(),
                request.challenge(), String.join("\n", request.beneficiaries()), request.counterpartFunctions(),
                request.responsibilities(), request.practitionersSought(), request.workingLanguages(),
                request.methods(), request.windowFrom(), request.windowTo());
    }

    ExpertiseRequestDraft draft(OrganisationId fixedAssociation) {
        List<String> names = beneficiaries == null ? List.of()
                : Arrays.stream(beneficiaries.split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new ExpertiseRequestDraft(fixedAssociation != null ? fixedAssociation : associationId(), title, topic,
                challenge, names, counterpartFunctions, responsibilities,
                practitionersSought == null ? 0 : practitionersSought, workingLanguages, methods, windowFrom, windowTo);
    }

    private OrganisationId associationId() {
        try {
            return association == null || association.isBlank() ? null
                    : new OrganisationId(UUID.fromString(association.strip()));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
