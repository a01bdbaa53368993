package org.collegium.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An expertise request: filed for an association of a partner country, revised while its call has not closed. */
@Entity
@Table(name = "exchange_request")
class ExpertiseRequest {

    @Id
    private UUID id;

    @Column(name = "call_id", nullable = false)
    private UUID call;

    @Column(name = "programme_id", nullable = false)
    private UUID programme;

    @Column(name = "association_id", nullable = false)
    private UUID association;

    @Column(name = "association_country", nullable = false)
    private String associationCountry;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String challenge;

    @ElementCollection
    @CollectionTable(name = "exchange_request_beneficiary", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> beneficiaries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exchange_request_function", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "function_code")
    private Set<String> functions = new HashSet<>();

    @Column(nullable = false)
    private String responsibilities;

    @Column(name = "practitioners_sought", nullable = false)
    private int practitionersSought;

    @ElementCollection
    @CollectionTable(name = "exchange_request_language", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "exchange_request_method", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method")
    private Set<ExchangeMethod> methods = new HashSet<>();

    @Column(name = "window_from", nullable = false)
    private LocalDate windowFrom;

    @Column(name = "window_to", nullable = false)
    private LocalDate windowTo;

    @Column(name = "filed_by", nullable = false)
    private UUID filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Version
    private long version;

    protected ExpertiseRequest() {
    }

    ExpertiseRequest(CallId call, ProgrammeId programme, String associationCountry, ExpertiseRequestDraft draft,
            AccountId filedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.call = call.value();
        this.programme = programme.value();
        this.association = draft.association().value();
        this.associationCountry = associationCountry;
        this.filedBy = filedBy.value();
        this.filedAt = now;
        revise(draft);
    }

    /** Replaces what the association asks for; the association itself never changes. */
    void revise(ExpertiseRequestDraft draft) {
        this.title = draft.title().strip();
        this.topic = draft.topic();
        this.challenge = draft.challenge().strip();
        this.beneficiaries.clear();
        draft.beneficiaries().stream().map(String::strip).forEach(beneficiaries::add);
        this.functions.clear();
        this.functions.addAll(draft.counterpartFunctions());
        this.responsibilities = draft.responsibilities().strip();
        this.practitionersSought = draft.practitionersSought();
        this.languages.clear();
        this.languages.addAll(draft.workingLanguages());
        this.methods.clear();
        this.methods.addAll(draft.methods());
        this.windowFrom = draft.windowFrom();
        this.windowTo = draft.windowTo();
    }

    CallId call() {
        return new CallId(call);
    }

    OrganisationId association() {
        return new OrganisationId(association);
    }

    ExpertiseRequestView view() {
        return new ExpertiseRequestView(new ExpertiseRequestId(id), new CallId(call), new ProgrammeId(programme),
                new OrganisationId(association), associationCountry, title, topic, challenge, List.copyOf(beneficiaries),
                Set.copyOf(functions), responsibilities, practitionersSought, Set.copyOf(languages), Set.copyOf(methods),
                windowFrom, windowTo, filedAt);
    }
}
