package org.collegium.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expertise requests: filed by a local-government association of one of the programme's partner countries (its
 * focal point) or by the programme's secretariat on its behalf, and revised by the same people until the call's
 * deadline. The open requests of open calls are public.
 */
@Service
@Transactional
public class ExpertiseRequests {

    private static final Set<String> LANGUAGES = Arrays.stream(java.util.Locale.getISOLanguages())
            .collect(Collectors.toUnmodifiableSet());
    private static final int MAX_BENEFICIARIES = 30;

    private final ExpertiseRequestRepository requests;
    private final CallRepository calls;
    private final Programmes programmes;
    private final Vocabulary vocabulary;
    private final Directory directory;
    private final Roles roles;
    private final Clock clock;

    ExpertiseRequests(ExpertiseRequestRepository requests, CallRepository calls, Programmes programmes,
            Vocabulary vocabulary, Directory directory, Roles roles, Clock clock) {
        this.requests = requests;
        this.calls = calls;
        this.programmes = programmes;
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.roles = roles;
        this.clock = clock;
    }

    public ExpertiseRequestId file(AccountId actor, CallId callId, ExpertiseRequestDraft draft) {
        Call call = calls.findById(callId.value()).orElseThrow(() -> new NotFoundException("call"));
        OrganisationSummary association = association(draft);
        mayFile(actor, call.programme(), association);
        Instant now = clock.instant();
        stillOpen(call, now);
        check(draft);
        ProgrammeView programme = programmes.get(call.programme());
        if (!programme.partnerCountries().contains(association.country())) {
            throw new ExchangeRefusal("association", "exchange.request.association.not-partner");
        }
        return requests.save(new ExpertiseRequest(callId, call.programme(), association.country(), draft, actor, now))
                .view().id();
    }

    /** Revises a request until its call's deadline; the association cannot be changed. */
    public ExpertiseRequestView revise(AccountId actor, ExpertiseRequestId id, ExpertiseRequestDraft draft) {
        ExpertiseRequest request = requests.findById(id.value()).orElseThrow(() -> new NotFoundException("request"));
        Call call = calls.findById(request.call().value()).orElseThrow();
        mayFile(actor, call.programme(), directory.find(request.association()).orElseThrow());
        if (draft.association() != null && !draft.association().equals(request.association())) {
            throw new ExchangeRefusal("association", "exchange.request.association.fixed");
        }
        stillOpen(call, clock.instant());
        check(draft);
        request.revise(draft);
        return request.view();
    }

    @Transactional(readOnly = true)
    public ExpertiseRequestView get(ExpertiseRequestId id) {
        return requests.findById(id.value()).map(ExpertiseRequest::view)
                .orElseThrow(() -> new NotFoundException("request"));
    }

    /** The requests a call covers, in the order they were filed. */
    @Transactional(readOnly = true)
    public List<ExpertiseRequestView> ofCall(CallId call) {
        return requests.findByCallOrderByFiledAt(call.value()).stream().map(ExpertiseRequest::view).toList();
    }

    /** The requests of the calls open now, on the server's clock, narrowed by the filter. */
    @Transactional(readOnly = true)
    public List<ExpertiseRequestView> open(RequestFilter filter) {
        return requests.findOpen(clock.instant().truncatedTo(ChronoUnit.SECONDS), filter.country(), filter.topic(),
                filter.method(), filter.language()).stream().map(ExpertiseRequest::view).toList();
    }

    /** One page of the open requests of open calls, narrowed by the filter, the latest filed first. */
    @Transactional(readOnly = true)
    public Page<ExpertiseRequestView> open(RequestFilter filter, int page, int size) {
        return details(requests.findOpenIds(clock.instant().truncatedTo(ChronoUnit.SECONDS), filter.country(),
                filter.topic(), filter.method(), filter.language(), PageRequest.of(Math.max(page, 0), size)));
    }

    /** One page of the requests a call covers, in the order they were filed. */
    @Transactional(readOnly = true)
    public Page<ExpertiseRequestView> ofCall(CallId call, int page, int size) {
        return details(requests.findIdsByCall(call.value(), PageRequest.of(Math.max(page, 0), size)));
    }

    /** The working languages the open requests ask for. */
    @Transactional(readOnly = true)
    public Set<String> openLanguages() {
        return Set.copyOf(requests.findOpenLanguages(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** Whether the actor may file or revise requests for this association in this programme. */
    @Transactional(readOnly = true)
    public boolean mayFileFor(AccountId actor, ProgrammeId programme, OrganisationSummary association) {
        return actor != null && (roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value())
                || roles.holds(actor, Role.FOCAL_POINT, association.id().value()));
    }

    /** The requests of a page of ids, with their collections in one query, in the page's order. */
    private Page<ExpertiseRequestView> details(Page<UUID> ids) {
        if (ids.isEmpty()) {
            return ids.map(id -> null);
        }
        Map<UUID, ExpertiseRequestView> views = requests.findWithDetails(ids.getContent()).stream()
                .map(ExpertiseRequest::view).collect(Collectors.toMap(view -> view.id().value(), view -> view));
        return ids.map(views::get);
    }

    private void mayFile(AccountId actor, ProgrammeId programme, OrganisationSummary association) {
        if (!mayFileFor(actor, programme, association)) {
            throw new AccessDeniedException("only the association's focal point or the secretariat files its requests");
        }
    }

    private OrganisationSummary association(ExpertiseRequestDraft draft) {
        OrganisationSummary association = draft.association() == null ? null
                : directory.find(draft.association()).orElse(null);
        if (association == null || association.kind() != OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION) {
            throw new ExchangeRefusal("association", "exchange.request.association.invalid");
        }
        return association;
    }

    private static void stillOpen(Call call, Instant now) {
        if (call.deadline().passedAt(now)) {
            throw new ExchangeRefusal(null, "exchange.call.closed");
        }
    }

    private void check(ExpertiseRequestDraft draft) {
        text("title", draft.title(), 300);
        if (!vocabulary.isTopic(draft.topic())) {
            throw new ExchangeRefusal("topic", "exchange.request.topic.invalid");
        }
        text("challenge", draft.challenge(), 8000);
        if (draft.beneficiaries().isEmpty() || draft.beneficiaries().size() > MAX_BENEFICIARIES
                || draft.beneficiaries().stream().anyMatch(name -> name == null || name.isBlank() || name.strip().length() > 200)) {
            throw new ExchangeRefusal("beneficiaries", "exchange.request.beneficiaries.invalid", MAX_BENEFICIARIES);
        }
        if (draft.counterpartFunctions().isEmpty() || !draft.counterpartFunctions().stream().allMatch(vocabulary::isFunction)) {
            throw new ExchangeRefusal("counterpartFunctions", "exchange.request.functions.invalid");
        }
        text("responsibilities", draft.responsibilities(), 4000);
        if (draft.practitionersSought() < 1 || draft.practitionersSought() > 20) {
            throw new ExchangeRefusal("practitionersSought", "exchange.request.practitioners.invalid");
        }
        if (draft.workingLanguages().isEmpty() || !LANGUAGES.containsAll(draft.workingLanguages())) {
            throw new ExchangeRefusal("workingLanguages", "exchange.request.languages.invalid");
        }
        if (draft.methods().isEmpty()) {
            throw new ExchangeRefusal("methods", "exchange.request.methods.required");
        }
        if (draft.windowFrom() == null || draft.windowTo() == null || draft.windowTo().isBefore(draft.windowFrom())) {
            throw new ExchangeRefusal("windowTo", "exchange.request.window.invalid");
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new ExchangeRefusal(field, "exchange.request." + field + ".invalid", max);
        }
    }
}
