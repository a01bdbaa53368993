package org.collegium.exchange.expression;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.collegium.exchange.CallId;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest: a municipality of a country that offers expertise in the programme answers an open
 * expertise request with the practitioners it proposes. Its focal point drafts, revises, submits and withdraws
 * while the call is open, on the server's clock to the second, whatever the client says; after the deadline the
 * expression is frozen. The municipality's people read it; the programme's secretariat reads the submitted ones.
 * A refusal is an {@link ExchangeRefusal} and writes nothing; another municipality's expression is 403.
 */
@Service
@Transactional
public class ExpressionsOfInterest {

    private static final Set<OrganisationKind> MUNICIPALITIES = Set.of(OrganisationKind.LOCAL_GOVERNMENT,
            OrganisationKind.REGIONAL_GOVERNMENT);

    private final ExpressionRepository expressions;
    private final ExpertiseRequests requests;
    private final Calls calls;
    private final Programmes programmes;
    private final Directory directory;
    private final Accounts accounts;
    private final Roles roles;
    private final ExpressionRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpressionsOfInterest(ExpressionRepository expressions, ExpertiseRequests requests, Calls calls,
            Programmes programmes, Directory directory, Accounts accounts, Roles roles, ExpressionRules rules,
            ApplicationEventPublisher events, Clock clock) {
        this.expressions = expressions;
        this.requests = requests;
        this.calls = calls;
        this.programmes = programmes;
        this.directory = directory;
        this.accounts = accounts;
        this.roles = roles;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the municipality's expression for the request; a second one for the same pair is refused. */
    public ExpressionOfInterestId draft(AccountId actor, ExpertiseRequestId requestId, OrganisationId municipality,
            ExpressionDraft draft) {
        ExpertiseRequestView request = requests.get(requestId);
        if (municipality == null) {
            throw new ExchangeRefusal("municipality", "exchange.expression.municipality.invalid");
        }
        focalPoint(actor, municipality);
        stillOpen(request.call());
        OrganisationSummary organisation = eligible(request.programme(), municipality);
        if (expressions.existsByRequestAndMunicipality(requestId.value(), municipality.value())) {
            throw new ExchangeRefusal("municipality", "exchange.expression.duplicate");
        }
        rules.check(draft, municipality);
        try {
            return expressions.saveAndFlush(new ExpressionOfInterest(request, organisation, draft, actor,
                    clock.instant())).id();
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // another first draft for the same pair was written at the same moment: the database kept one
            throw new ExchangeRefusal("municipality", "exchange.expression.duplicate");
        }
    }

    /** Replaces what the expression says; a withdrawn one becomes a draft again, a submitted one stays submitted. */
    public ExpressionOfInterestView revise(AccountId actor, ExpressionOfInterestId id, ExpressionDraft draft) {
        ExpressionOfInterest expression = writable(actor, id);
        rules.check(draft, expression.municipality());
        expression.revise(draft, actor, clock.instant());
        return expression.view();
    }

    public ExpressionOfInterestView submit(AccountId actor, ExpressionOfInterestId id) {
        ExpressionOfInterest expression = writable(actor, id);
        ExpressionDraft now = expression.view().draft();
        // members may have left the municipality since the draft was saved
        rules.check(now, expression.municipality());
        Instant at = clock.instant();
        expression.submit(actor, at);
        events.publishEvent(new ExpressionOfInterestSubmitted(expression.id(), expression.request(),
                expression.call(), expression.municipality(), actor, at));
        return expression.view();
    }

    /** Revises and submits in one step: if the submission is refused, the revision is not kept either. */
    public ExpressionOfInterestView submit(AccountId actor, ExpressionOfInterestId id, ExpressionDraft revised) {
        revise(actor, id, revised);
        return submit(actor, id);
    }

    /** Starts and submits in one step: if the submission is refused, no draft is left behind. */
    public ExpressionOfInterestView draftAndSubmit(AccountId actor, ExpertiseRequestId request,
            OrganisationId municipality, ExpressionDraft draft) {
        return submit(actor, draft(actor, request, municipality, draft));
    }

    public ExpressionOfInterestView withdraw(AccountId actor, ExpressionOfInterestId id) {
        ExpressionOfInterest expression = writable(actor, id);
        Instant at = clock.instant();
        expression.withdraw(actor, at);
        events.publishEvent(new ExpressionOfInterestWithdrawn(expression.id(), expression.request(),
                expression.call(), expression.municipality(), actor, at));
        return expression.view();
    }

    @Transactional(readOnly = true)
    public ExpressionOfInterestView get(AccountId viewer, ExpressionOfInterestId id) {
        ExpressionOfInterest expression = expressions.findById(id.value())
                .orElseThrow(() -> new NotFoundException("expression"));
        if (!mayRead(viewer, expression)) {
            throw new AccessDeniedException("only the municipality and the programme's secretariat read it");
        }
        return expression.view();
    }

    /** The municipality's expression for the request, if it has one; for its own people only. */
    @Transactional(readOnly = true)
    public Optional<ExpressionOfInterestView> of(AccountId viewer, ExpertiseRequestId request,
            OrganisationId municipality) {
        member(viewer, municipality);
        return expressions.findByRequestAndMunicipality(request.value(), municipality.value())
                .map(ExpressionOfInterest::view);
    }

    /** The municipality's expressions, the latest change first; for its people and platform administrators. */
    @Transactional(readOnly = true)
    public List<ExpressionOfInterestView> ofMunicipality(AccountId actor, OrganisationId municipality) {
        member(actor, municipality);
        return expressions.findByMunicipalityOrderByUpdatedAtDesc(municipality.value()).stream()
                .map(ExpressionOfInterest::view).toList();
    }

    /** The submitted expressions of a request, for the programme's secretariat. */
    @Transactional(readOnly = true)
    public List<ExpressionOfInterestView> ofRequest(AccountId actor, ExpertiseRequestId requestId) {
        ExpertiseRequestView request = requests.get(requestId);
        if (actor == null || !roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, request.programme().value())) {
            throw new AccessDeniedException("only the programme's secretariat lists a request's expressions");
        }
        return expressions.findByRequestAndStatusOrderBySubmittedAt(requestId.value(), ExpressionStatus.SUBMITTED)
                .stream().map(ExpressionOfInterest::view).toList();
    }

    /** The submitted expressions of a call, in the order they were submitted: what selection works from. */
    @Transactional(readOnly = true)
    public List<SubmittedExpression> submittedOfCall(CallId call) {
        return expressions.findByCallAndStatusOrderBySubmittedAt(call.value(), ExpressionStatus.SUBMITTED).stream()
                .map(ExpressionOfInterest::submitted).toList();
    }

    /** A submitted expression; empty when there is none by that id or it is not (or no longer) submitted. */
    @Transactional(readOnly = true)
    public Optional<SubmittedExpression> find(ExpressionOfInterestId id) {
        return expressions.findById(id.value()).filter(e -> e.status() == ExpressionStatus.SUBMITTED)
                .map(ExpressionOfInterest::submitted);
    }

    /** A submitted expression in full, for selection, which checks that its reader sits on the call's committee. */
    @Transactional(readOnly = true)
    public Optional<ExpressionOfInterestView> findSubmitted(ExpressionOfInterestId id) {
        return expressions.findById(id.value()).filter(e -> e.status() == ExpressionStatus.SUBMITTED)
                .map(ExpressionOfInterest::view);
    }

    /**
     * The municipalities for which the actor may answer requests of the programme: those whose focal point they are,
     * of a kind and country the programme takes expertise from, by name.
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> municipalitiesOf(AccountId actor, ProgrammeId programme) {
        if (actor == null) {
            return List.of();
        }
        var view = programmes.get(programme);
        return directory.findAll(roles.scopesOf(actor, Role.FOCAL_POINT).stream().map(OrganisationId::new).toList())
                .values().stream()
                .filter(org -> MUNICIPALITIES.contains(org.kind()) && view.offersExpertise(org.country()))
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    /** The municipalities whose focal point or member the actor is, of a municipal kind, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> ownMunicipalities(AccountId actor) {
        if (actor == null) {
            return List.of();
        }
        Set<UUID> scopes = new java.util.HashSet<>(roles.scopesOf(actor, Role.FOCAL_POINT));
        scopes.addAll(roles.scopesOf(actor, Role.ORGANISATION_MEMBER));
        return directory.findAll(scopes.stream().map(OrganisationId::new).toList()).values().stream()
                .filter(org -> MUNICIPALITIES.contains(org.kind()))
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    /** The people a municipality may propose (its members and focal points), by name; for its own people. */
    @Transactional(readOnly = true)
    public List<AccountSummary> proposable(AccountId actor, OrganisationId municipality) {
        member(actor, municipality);
        Set<AccountId> people = new java.util.LinkedHashSet<>(roles.holders(Role.FOCAL_POINT, municipality.value()));
        people.addAll(roles.holders(Role.ORGANISATION_MEMBER, municipality.value()));
        Map<AccountId, AccountSummary> found = accounts.findAll(people);
        return found.values().stream().sorted(Comparator.comparing(AccountSummary::displayName)
                .thenComparing(AccountSummary::email)).toList();
    }

    /** Whether the actor may write the municipality's expressions: its focal point. */
    @Transactional(readOnly = true)
    public boolean mayWrite(AccountId actor, OrganisationId municipality) {
        return actor != null && roles.holds(actor, Role.FOCAL_POINT, municipality.value());
    }

    /** For the module's own parts (attachments): the expression, if the actor may change it now. */
    ExpressionOfInterest writable(AccountId actor, ExpressionOfInterestId id) {
        ExpressionOfInterest expression = expressions.findById(id.value())
                .orElseThrow(() -> new NotFoundException("expression"));
        focalPoint(actor, expression.municipality());
        stillOpen(expression.call());
        return expression;
    }

    /** For the module's own parts (attachments): the expression, if the viewer may read it. */
    ExpressionOfInterest readable(AccountId viewer, ExpressionOfInterestId id) {
        ExpressionOfInterest expression = expressions.findById(id.value())
                .orElseThrow(() -> new NotFoundException("expression"));
        if (!mayRead(viewer, expression)) {
            throw new AccessDeniedException("only the municipality and the programme's secretariat read it");
        }
        return expression;
    }

    private boolean mayRead(AccountId viewer, ExpressionOfInterest expression) {
        if (viewer == null) {
            return false;
        }
        if (rules.belongs(viewer, expression.municipality()) || roles.isPlatformAdministrator(viewer)) {
            return true;
        }
        return expression.status() == ExpressionStatus.SUBMITTED
                && roles.holds(viewer, Role.PROGRAMME_SECRETARIAT, expression.programme().value());
    }

    private void member(AccountId actor, OrganisationId municipality) {
        if (actor == null || !(rules.belongs(actor, municipality) || roles.isPlatformAdministrator(actor))) {
            throw new AccessDeniedException("only the municipality's people read its expressions");
        }
    }

    private void focalPoint(AccountId actor, OrganisationId municipality) {
        if (!mayWrite(actor, municipality)) {
            throw new AccessDeniedException("only the municipality's focal point writes its expressions");
        }
    }

    /** The call must be open now, on the server's clock to the second, whatever the client believes. */
    private void stillOpen(CallId call) {
        if (!calls.get(call).open()) {
            throw new ExchangeRefusal(null, "exchange.expression.call.closed");
        }
    }

    private OrganisationSummary eligible(ProgrammeId programme, OrganisationId municipality) {
        OrganisationSummary organisation = directory.find(municipality)
                .filter(org -> MUNICIPALITIES.contains(org.kind()))
                .orElseThrow(() -> new ExchangeRefusal("municipality", "exchange.expression.municipality.invalid"));
        if (!programmes.get(programme).offersExpertise(organisation.country())) {
            throw new ExchangeRefusal("municipality", "exchange.expression.municipality.not-eligible");
        }
        return organisation;
    }
}
