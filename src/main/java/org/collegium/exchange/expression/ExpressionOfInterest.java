package org.collegium.exchange.expression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collegium.exchange.CallId;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ProgrammeId;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipality's answer to an expertise request: the practitioners it proposes, why and how. Its status moves
 * DRAFT → SUBMITTED → WITHDRAWN, and a withdrawn one may be taken up again as a draft: always the same row, one per
 * municipality and request. Whether the call is still open is the facade's business; this class keeps the states.
 */
@Entity
@Table(name = "exchange_expression")
class ExpressionOfInterest {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID request;

    @Column(name = "call_id", nullable = false)
    private UUID call;

    @Column(name = "programme_id", nullable = false)
    private UUID programme;

    @Column(name = "municipality_id", nullable = false)
    private UUID municipality;

    @Column(name = "municipality_country", nullable = false)
    private String municipalityCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExpressionStatus status;

    private String motivation;

    @Column(name = "technical_proposal")
    private String technicalProposal;

    @Enumerated(EnumType.STRING)
    private ExchangeMethod method;

    @Column(name = "offered_from")
    private LocalDate offeredFrom;

    @Column(name = "offered_to")
    private LocalDate offeredTo;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "expression_id", nullable = false)
    @OrderBy("position")
    private List<PractitionerRow> practitioners = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "expression_id", nullable = false)
    @OrderBy("uploadedAt")
    private List<ExpressionAttachment> attachments = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ExpressionOfInterest() {
    }

    ExpressionOfInterest(ExpertiseRequestView request, OrganisationSummary municipality, ExpressionDraft draft,
            AccountId actor, Instant now) {
        this.id = UUID.randomUUID();
        this.request = request.id().value();
        this.call = request.call().value();
        this.programme = request.programme().value();
        this.municipality = municipality.id().value();
        this.municipalityCountry = municipality.country();
        this.status = ExpressionStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor.value();
        write(draft, actor, now);
    }

    /**
     * Replaces what the expression says. A withdrawn expression becomes a draft again; a submitted one stays
     * submitted, so its revision must be complete.
     */
    void revise(ExpressionDraft draft, AccountId actor, Instant now) {
        if (status == ExpressionStatus.SUBMITTED) {
            requireComplete(draft);
        }
        if (status == ExpressionStatus.WITHDRAWN) {
            status = ExpressionStatus.DRAFT;
            withdrawnAt = null;
        }
        write(draft, actor, now);
    }

    void submit(AccountId actor, Instant now) {
        if (status != ExpressionStatus.DRAFT) {
            throw new ExchangeRefusal(null, "exchange.expression.submit.not-draft");
        }
        requireComplete(draftNow());
        status = ExpressionStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = actor.value();
        touch(actor, now);
    }

    void withdraw(AccountId actor, Instant now) {
        if (status == ExpressionStatus.WITHDRAWN) {
            throw new ExchangeRefusal(null, "exchange.expression.withdraw.already");
        }
        status = ExpressionStatus.WITHDRAWN;
        withdrawnAt = now;
        touch(actor, now);
    }

    void attach(ExpressionAttachment attachment, AccountId actor, Instant now) {
        attachments.add(attachment);
        touch(actor, now);
    }

    /** Removes the attachment and returns its file key, for the store to forget once the change is committed. */
    Optional<String> detach(UUID attachment, AccountId actor, Instant now) {
        Optional<ExpressionAttachment> found = attachments.stream().filter(a -> a.id().equals(attachment)).findFirst();
        found.ifPresent(a -> {
            attachments.remove(a);
            touch(actor, now);
        });
        return found.map(ExpressionAttachment::fileKey);
    }

    Optional<ExpressionAttachment> attachment(UUID attachment) {
        return attachments.stream().filter(a -> a.id().equals(attachment)).findFirst();
    }

    int attachmentCount() {
        return attachments.size();
    }

    ExpressionOfInterestId id() {
        return new ExpressionOfInterestId(id);
    }

    ExpressionStatus status() {
        return status;
    }

    OrganisationId municipality() {
        return new OrganisationId(municipality);
    }

    CallId call() {
        return new CallId(call);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programme);
    }

    ExpertiseRequestId request() {
        return new ExpertiseRequestId(request);
    }

    AccountId createdBy() {
        return new AccountId(createdBy);
    }

    ExpressionOfInterestView view() {
        return new ExpressionOfInterestView(id(), request(), call(), programme(), municipality(), municipalityCountry,
                status, practitioners(), motivation, technicalProposal, method, offeredFrom, offeredTo,
                attachments.stream().map(ExpressionAttachment::view).toList(), createdAt, new AccountId(createdBy),
                updatedAt, new AccountId(updatedBy), submittedAt, submittedBy == null ? null : new AccountId(submittedBy),
                version);
    }

    SubmittedExpression submitted() {
        return new SubmittedExpression(id(), request(), call(), programme(), municipality(), municipalityCountry,
                method, practitioners(), offeredFrom, offeredTo, submittedAt);
    }

    private List<ProposedPractitioner> practitioners() {
        return practitioners.stream().map(PractitionerRow::view).toList();
    }

    private ExpressionDraft draftNow() {
        return new ExpressionDraft(practitioners(), motivation, technicalProposal, method, offeredFrom, offeredTo);
    }

    /** What a submitted expression must say; the limits of each part are checked before it is written. */
    private static void requireComplete(ExpressionDraft draft) {
        if (draft.practitioners().isEmpty()) {
            throw new ExchangeRefusal("practitioners", "exchange.expression.practitioners.required");
        }
        if (draft.motivation() == null || draft.motivation().isBlank()) {
            throw new ExchangeRefusal("motivation", "exchange.expression.motivation.required");
        }
        if (draft.technicalProposal() == null || draft.technicalProposal().isBlank()) {
            throw new ExchangeRefusal("technicalProposal", "exchange.expression.technicalProposal.required");
        }
        if (draft.method() == null) {
            throw new ExchangeRefusal("method", "exchange.expression.method.required");
        }
        if (draft.offeredFrom() == null) {
            throw new ExchangeRefusal("offeredFrom", "exchange.expression.dates.required");
        }
        if (draft.offeredTo() == null) {
            throw new ExchangeRefusal("offeredTo", "exchange.expression.dates.required");
        }
    }

    private void write(ExpressionDraft draft, AccountId actor, Instant now) {
        practitioners.clear();
        for (int i = 0; i < draft.practitioners().size(); i++) {
            practitioners.add(new PractitionerRow(i, draft.practitioners().get(i)));
        }
        motivation = blankToNull(draft.motivation());
        technicalProposal = blankToNull(draft.technicalProposal());
        method = draft.method();
        offeredFrom = draft.offeredFrom();
        offeredTo = draft.offeredTo();
        touch(actor, now);
    }

    private void touch(AccountId actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.value();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
