package org.collegium.exchange.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.CallId;
import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection after a call's deadline. The secretariat sets the programme's weighted criteria and appoints the call's
 * committee; each member scores the submitted expressions independently (never one of their own organisation),
 * sees the others' sheets only once theirs is submitted, and the secretariat reads the ranking per request and
 * decides, with a reason, what is selected, kept in reserve or not selected.
 */
@Service
@Transactional
public class Selection {

    static final List<CriterionDraft> STANDARD_CRITERIA = List.of(
            new CriterionDraft("international-experience", null, 40, 10),
            new CriterionDraft("technical-quality", null, 60, 10));
    private static final Set<String> STANDARD_CODES = Set.of("international-experience", "technical-quality");
    private static final int MAX_CRITERIA = 8;

    private final SelectionCriterionRepository criteria;
    private final ReviewerRepository reviewers;
    private final ScoresheetRepository sheets;
    private final SelectionDecisionRepository decisions;
    private final Applications applications;
    private final DecisionMails mails;
    private final ExpertiseRequests requests;
    private final Programmes programmes;
    private final Calls calls;
    private final Roles roles;
    private final Accounts accounts;
    private final Clock clock;

    Selection(SelectionCriterionRepository criteria, ReviewerRepository reviewers, ScoresheetRepository sheets,
            SelectionDecisionRepository decisions, Applications applications, DecisionMails mails,
            ExpertiseRequests requests, Programmes programmes, Calls calls, Roles roles, Accounts accounts, Clock clock) {
        this.criteria = criteria;
        this.reviewers = reviewers;
        this.sheets = sheets;
        this.decisions = decisions;
        this.applications = applications;
        this.mails = mails;
        this.requests = requests;
        this.programmes = programmes;
        this.calls = calls;
        this.roles = roles;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The programme's criteria, in order; a programme that set none uses the standard two, recorded on first use (at
     * the latest when its first committee member is appointed).
     */
    public List<CriterionView> criteria(ProgrammeId programme) {
        List<SelectionCriterion> found = criteria.findByProgramme(programme.value());
        if (found.isEmpty()) {
            programmes.get(programme);
            for (int position = 0; position < STANDARD_CRITERIA.size(); position++) {
                found.add(criteria.save(new SelectionCriterion(programme, position, STANDARD_CRITERIA.get(position))));
            }
        }
        return found.stream().map(SelectionCriterion::view).toList();
    }

    /** Replaces the programme's criteria; refused once a reviewer has begun scoring any of its calls. */
    public List<CriterionView> defineCriteria(AccountId actor, ProgrammeId programme, List<CriterionDraft> drafts) {
        programmes.get(programme);
        secretariat(actor, programme);
        check(drafts);
        Set<UUID> callIds = calls.ofProgramme(programme).stream().map(call -> call.id().value()).collect(Collectors.toSet());
        if (!callIds.isEmpty() && sheets.anyIn(callIds)) {
            throw new ExchangeRefusal(null, "selection.criteria.locked");
        }
        criteria.deleteByProgramme(programme.value());
        criteria.flush();
        List<CriterionView> saved = new ArrayList<>();
        for (int position = 0; position < drafts.size(); position++) {
            saved.add(criteria.save(new SelectionCriterion(programme, position, drafts.get(position))).view());
        }
        return saved;
    }

    /** Appoints a member of the call's committee. */
    public void appoint(AccountId actor, CallId call, AccountId member) {
        CallView view = calls.get(call);
        secretariat(actor, view.programme());
        if (accounts.find(member).isEmpty()) {
            throw new ExchangeRefusal("member", "selection.member.unknown");
        }
        criteria(view.programme());
        Reviewer.Key key = new Reviewer.Key(call.value(), member.value());
        if (!reviewers.existsById(key)) {
            reviewers.save(new Reviewer(call.value(), member.value(), actor.value(), clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<AccountId> committee(CallId call) {
        return reviewers.findByCall(call.value()).stream().map(reviewer -> new AccountId(reviewer.account())).toList();
    }

    /** The calls whose committee the account sits on. */
    @Transactional(readOnly = true)
    public List<CallId> callsReviewedBy(AccountId account) {
        return reviewers.callsOf(account.value()).stream().map(CallId::new).toList();
    }

    /** What a committee member has to score in the call: every submitted expression but those of their organisations. */
    @Transactional(readOnly = true)
    public List<ReviewTask> tasks(AccountId reviewer, CallId call) {
        member(reviewer, call);
        Set<UUID> own = organisationsOf(reviewer);
        Map<UUID, Scoresheet> mine = sheets.findByCallAndReviewer(call.value(), reviewer.value()).stream()
                .collect(Collectors.toMap(Scoresheet::expression, Function.identity()));
        return applications.ofCall(call).stream()
                .filter(application -> !own.contains(application.municipality().value()))
                .map(application -> new ReviewTask(application.expression(), application.request(),
                        application.municipality(), status(mine.get(application.expression().value()))))
                .toList();
    }

    /** The reviewer's sheet for an expression, with the others' once the reviewer's own is submitted. */
    @Transactional(readOnly = true)
    public SheetView sheet(AccountId reviewer, ExpressionOfInterestId expression) {
        Application application = reviewable(reviewer, expression);
        List<CriterionView> criteriaOf = criteriaOf(application);
        List<Scoresheet> all = sheets.findByExpression(expression.value());
        Optional<Scoresheet> mine = all.stream().filter(sheet -> sheet.reviewer().equals(reviewer.value())).findFirst();
        boolean submitted = mine.map(Scoresheet::submitted).orElse(false);
        List<PeerSheet> others = submitted ? peers(criteriaOf, all, reviewer) : List.of();
        return new SheetView(expression, application.call(), criteriaOf, mine.map(Scoresheet::scores).orElse(Map.of()),
                mine.map(Scoresheet::comment).orElse(null), submitted, others);
    }

    /** The expression as its reviewer needs it: practitioners, motivation, technical proposal, method and dates. */
    @Transactional(readOnly = true)
    public ExpressionOfInterestView expression(AccountId reviewer, ExpressionOfInterestId expression) {
        reviewable(reviewer, expression);
        return applications.read(expression).orElseThrow(() -> new NotFoundException("expression"));
    }

    /** Saves the reviewer's scores (0 to each criterion's maximum) and comment; the sheet stays open until submitted. */
    public SheetView score(AccountId reviewer, ExpressionOfInterestId expression, Map<UUID, Integer> scores, String comment) {
        Application application = reviewable(reviewer, expression);
        Instant now = clock.instant();
        Scoresheet sheet = sheetFor(reviewer, application, now);
        sheet.record(criteriaOf(application), scores, comment, now);
        sheets.save(sheet);
        return sheet(reviewer, expression);
    }

    /** Makes the reviewer's sheet final: every criterion must be scored. */
    public SheetView submit(AccountId reviewer, ExpressionOfInterestId expression) {
        Application application = reviewable(reviewer, expression);
        Scoresheet sheet = sheets.lockByExpressionAndReviewer(expression.value(), reviewer.value())
                .orElseThrow(() -> new ExchangeRefusal(null, "selection.score.missing"));
        sheet.submit(criteriaOf(application), clock.instant());
        return sheet(reviewer, expression);
    }

    /** The call's submitted expressions per request, best score first, with decisions: for the secretariat. */
    @Transactional(readOnly = true)
    public List<RequestRanking> ranking(AccountId actor, CallId call) {
        CallView view = calls.get(call);
        secretariat(actor, view.programme());
        List<CriterionView> criteriaOf = criteriaOf(view.programme());
        Map<UUID, List<Scoresheet>> byExpression = sheets.findByCall(call.value()).stream()
                .collect(Collectors.groupingBy(Scoresheet::expression));
        Map<UUID, SelectionDecision> decided = decisions.findByCall(call.value()).stream()
                .collect(Collectors.toMap(SelectionDecision::expression, Function.identity()));
        List<AccountId> committee = committee(call);
        Map<AccountId, Set<UUID>> memberships = committee.stream()
                .collect(Collectors.toMap(Function.identity(), this::organisationsOf));
        Map<ExpertiseRequestId, List<RankedApplication>> byRequest = new LinkedHashMap<>();
        for (Application application : applications.ofCall(call)) {
            List<Map<UUID, Integer>> submitted = byExpression.getOrDefault(application.expression().value(), List.of()).stream()
                    .filter(Scoresheet::submitted).map(Scoresheet::scores).toList();
            int eligible = (int) committee.stream()
                    .filter(member -> !memberships.get(member).contains(application.municipality().value())).count();
            SelectionDecision decision = decided.get(application.expression().value());
            Double score = submitted.isEmpty() ? null : WeightedScore.ofExpression(criteriaOf, submitted).orElseThrow();
            byRequest.computeIfAbsent(application.request(), request -> new ArrayList<>()).add(new RankedApplication(
                    application.expression(), application.municipality(), score,
                    WeightedScore.meansPerCriterion(criteriaOf, submitted), submitted.size(), eligible,
                    decision == null ? null : decision.outcome(), decision == null ? null : decision.reason(),
                    decision != null && !decision.toNotify()));
        }
        return byRequest.entrySet().stream()
                .map(entry -> new RequestRanking(entry.getKey(), entry.getValue().stream().sorted(BEST_FIRST).toList()))
                .toList();
    }

    /** Records the secretariat's decision on a submitted expression of a closed call, with its reason. */
    public void decide(AccountId actor, ExpressionOfInterestId expression, Outcome outcome, String reason) {
        Application application = applications.find(expression).orElseThrow(() -> new NotFoundException("expression"));
        secretariat(actor, application.programme());
        closed(calls.get(application.call()));
        if (outcome == null) {
            throw new ExchangeRefusal("outcome", "selection.outcome.required");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            throw new ExchangeRefusal("reason", "selection.reason.invalid", 2000);
        }
        SelectionDecision decision = decisions.findById(expression.value())
                .orElseGet(() -> new SelectionDecision(expression.value(), application.call().value()));
        decision.decide(outcome, reason.strip(), actor.value(), clock.instant());
        decisions.save(decision);
    }

    /**
     * Tells each applicant of the call whose decision is new or changed since it was last told, in each recipient's
     * language; how many decisions were told.
     */
    public int notifyApplicants(AccountId actor, CallId call) {
        CallView view = calls.get(call);
        secretariat(actor, view.programme());
        Instant now = clock.instant();
        int told = 0;
        for (SelectionDecision decision : decisions.findByCall(call.value())) {
            if (!decision.toNotify()) {
                continue;
            }
            Application application = applications.find(new ExpressionOfInterestId(decision.expression())).orElse(null);
            if (application == null) {
                continue;
            }
            mails.send(application, requests.get(application.request()), decision.outcome(), decision.reason());
            decision.notified(now);
            told++;
        }
        return told;
    }

    /** The decision on an expression, if one was made: for exchanges, which start from a selected expression. */
    @Transactional(readOnly = true)
    public Optional<Outcome> outcomeOf(ExpressionOfInterestId expression) {
        return decisions.findById(expression.value()).map(SelectionDecision::outcome);
    }

    private static final Comparator<RankedApplication> BEST_FIRST = Comparator
            .comparing((RankedApplication ranked) -> ranked.score() == null ? -1 : ranked.score()).reversed()
            .thenComparing(RankedApplication::sheetsSubmitted, Comparator.reverseOrder())
            .thenComparing(ranked -> ranked.expression().value());

    private Scoresheet sheetFor(AccountId reviewer, Application application, Instant now) {
        return sheets.lockByExpressionAndReviewer(application.expression().value(), reviewer.value())
                .orElseGet(() -> new Scoresheet(application.call().value(), application.expression().value(), reviewer.value(), now));
    }

    /** The expression, if the reviewer sits on its call's committee, the call has closed and it is not their own. */
    private Application reviewable(AccountId reviewer, ExpressionOfInterestId expression) {
        Application application = applications.find(expression).orElseThrow(() -> new NotFoundException("expression"));
        member(reviewer, application.call());
        if (organisationsOf(reviewer).contains(application.municipality().value())) {
            throw new AccessDeniedException("a reviewer never scores an expression of their own organisation");
        }
        closed(calls.get(application.call()));
        return application;
    }

    private void closed(CallView call) {
        if (!call.deadline().passedAt(clock.instant())) {
            throw new ExchangeRefusal(null, "selection.call.still-open");
        }
    }

    private List<CriterionView> criteriaOf(Application application) {
        return criteriaOf(application.programme());
    }

    /** The recorded criteria: there are some as soon as the programme has a committee member. */
    private List<CriterionView> criteriaOf(ProgrammeId programme) {
        return criteria.findByProgramme(programme.value()).stream().map(SelectionCriterion::view).toList();
    }

    private List<PeerSheet> peers(List<CriterionView> criteriaOf, List<Scoresheet> all, AccountId reviewer) {
        return all.stream().filter(Scoresheet::submitted).filter(sheet -> !sheet.reviewer().equals(reviewer.value()))
                .map(sheet -> new PeerSheet(new AccountId(sheet.reviewer()), sheet.scores(), sheet.comment(),
                        WeightedScore.ofSheet(criteriaOf, sheet.scores())))
                .toList();
    }

    private static SheetStatus status(Scoresheet sheet) {
        if (sheet == null) {
            return SheetStatus.NOT_STARTED;
        }
        return sheet.submitted() ? SheetStatus.SUBMITTED : SheetStatus.DRAFT;
    }

    private void member(AccountId reviewer, CallId call) {
        if (reviewer == null || !reviewers.existsById(new Reviewer.Key(call.value(), reviewer.value()))) {
            throw new AccessDeniedException("only the call's committee scores its expressions");
        }
    }

    /** The organisations a person belongs to: as member or focal point, and as their profile names. */
    private Set<UUID> organisationsOf(AccountId person) {
        Set<UUID> organisations = new HashSet<>(roles.scopesOf(person, Role.ORGANISATION_MEMBER));
        organisations.addAll(roles.scopesOf(person, Role.FOCAL_POINT));
        Optional.ofNullable(accounts.affiliationsOf(List.of(person)).get(person))
                .map(affiliation -> affiliation.organisation()).ifPresent(organisations::add);
        return organisations;
    }

    private void secretariat(AccountId actor, ProgrammeId programme) {
        if (actor == null || !roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value())) {
            throw new AccessDeniedException("only the programme's secretariat runs its selection");
        }
    }

    private static void check(List<CriterionDraft> drafts) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_CRITERIA) {
            throw new ExchangeRefusal("criteria", "selection.criteria.count", MAX_CRITERIA);
        }
        Set<String> names = new HashSet<>();
        for (int index = 0; index < drafts.size(); index++) {
            CriterionDraft draft = drafts.get(index);
            boolean standard = draft.standardCode() != null && STANDARD_CODES.contains(draft.standardCode());
            if (draft.standardCode() != null && !standard) {
                throw new ExchangeRefusal("criteria[" + index + "].name", "selection.criterion.unknown");
            }
            if (!standard && (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 200)) {
                throw new ExchangeRefusal("criteria[" + index + "].name", "selection.criterion.name.invalid", 200);
            }
            if (!names.add(standard ? draft.standardCode() : draft.name().strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new ExchangeRefusal("criteria[" + index + "].name", "selection.criterion.duplicate");
            }
            if (draft.weight() < 1 || draft.weight() > 100) {
                throw new ExchangeRefusal("criteria[" + index + "].weight", "selection.criterion.weight.invalid");
            }
            if (draft.maxScore() < 1 || draft.maxScore() > 100) {
                throw new ExchangeRefusal("criteria[" + index + "].maxScore", "selection.criterion.max.invalid");
            }
        }
    }
}
