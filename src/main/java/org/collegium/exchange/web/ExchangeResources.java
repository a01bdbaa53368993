package org.collegium.exchange.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallView;
import org.collegium.exchange.DeadlineChange;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ProgrammeView;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;

/** The JSON shapes of the exchange API. */
final class ExchangeResources {

    private ExchangeResources() {
    }

    @Schema(description = "A call's deadline: the instant, and the local time in the zone the programme stated it in")
    record DeadlineResource(@Schema(description = "ISO 8601 instant (UTC)") Instant instant,
            @Schema(description = "Local date and time in `zone`", type = "string", example = "2017-03-02T12:00:00")
            LocalDateTime local,
            @Schema(description = "IANA time zone", example = "Europe/Brussels") String zone) {
    }

    @Schema(description = "A move of a call's deadline")
    record DeadlineChangeResource(DeadlineResource previous, DeadlineResource next, Instant changedAt) {
    }

    @Schema(description = "The programme a call belongs to")
    record ProgrammeReference(UUID id, String name) {
    }

    @Schema(description = "A call for expertise requests")
    record CallResource(UUID id, ProgrammeReference programme, String title, Instant opensAt,
            DeadlineResource deadline,
            @Schema(description = "Whether the call takes requests now, on the server's clock, to the second")
            boolean open,
            @Schema(description = "The moves of the deadline, oldest first") List<DeadlineChangeResource> deadlineChanges,
            String href) {
    }

    @Schema(description = "A call with the expertise requests it covers")
    record CallDetails(CallResource call, List<RequestResource> requests) {
    }

    @Schema(description = "The association that asks for expertise")
    record AssociationReference(UUID id, String name, String slug,
            @Schema(description = "ISO 3166-1 alpha-2") String country) {
    }

    @Schema(description = "An expertise request of a local-government association of a partner country")
    record RequestResource(UUID id, UUID call, UUID programme, AssociationReference association, String title,
            @Schema(description = "Topic code of the vocabulary") String topic, String challenge,
            List<String> beneficiaries,
            @Schema(description = "Function codes of the vocabulary") List<String> counterpartFunctions,
            String responsibilities, int practitionersSought,
            @Schema(description = "ISO 639-1 codes") List<String> workingLanguages, List<ExchangeMethod> methods,
            LocalDate windowFrom, LocalDate windowTo, Instant filedAt, String href) {
    }

    static DeadlineResource deadline(CallDeadline deadline) {
        return new DeadlineResource(deadline.instant(), deadline.local(), deadline.zone().getId());
    }

    static CallResource call(CallView call, ProgrammeView programme) {
        return new CallResource(call.id().value(), new ProgrammeReference(programme.id().value(), programme.name()),
                call.title(), call.opensAt(), deadline(call.deadline()), call.open(),
                call.changes().stream().map(ExchangeResources::change).toList(), "/api/v1/calls/" + call.id().value());
    }

    static RequestResource request(ExpertiseRequestView request, Map<OrganisationId, OrganisationSummary> associations) {
        OrganisationSummary association = associations.get(request.association());
        return new RequestResource(request.id().value(), request.call().value(), request.programme().value(),
                new AssociationReference(request.association().value(), association == null ? null : association.name(),
                        association == null ? null : association.slug(), request.associationCountry()),
                request.title(), request.topic(), request.challenge(), request.beneficiaries(),
                request.counterpartFunctions().stream().sorted().toList(), request.responsibilities(),
                request.practitionersSought(), request.workingLanguages().stream().sorted().toList(),
                request.methods().stream().sorted().toList(), request.windowFrom(), request.windowTo(),
                request.filedAt(), "/api/v1/requests/" + request.id().value());
    }

    private static DeadlineChangeResource change(DeadlineChange change) {
        return new DeadlineChangeResource(deadline(change.previous()), deadline(change.next()), change.changedAt());
    }
}
