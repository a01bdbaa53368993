package org.collegium.exchange.exchanges;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.SubmittedExpression;
import org.collegium.exchange.selection.Outcome;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges, run by the programme's secretariat: one per selected expression of interest, planned, prepared, carried
 * out and completed step by step, then reported jointly by both sides. Refusals are
 * {@link ExchangeRefusal}s and write nothing.
 */
@Service
@Transactional
public class Exchanges {

    private final ExchangeRepository exchanges;
    private final BudgetLineRepository lines;
    private final ExpressionsOfInterest expressions;
    private final ExpertiseRequests requests;
    private final Selection selection;
    private final ExchangeAccess access;
    private final Preparation preparation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Exchanges(ExchangeRepository exchanges, BudgetLineRepository lines, ExpressionsOfInterest expressions,
            ExpertiseRequests requests, Selection selection, ExchangeAccess access, Preparation preparation,
            ApplicationEventPublisher events, Clock clock) {
        this.exchanges = exchanges;
        this.lines = lines;
        this.expressions = expressions;
        this.requests = requests;
        this.selection = selection;
        this.access = access;
        this.preparation = preparation;
        this.events = events;
        this.clock = clock;
    }

    /** Turns a selected expression of interest into an exchange; one exchange per expression. */
    public ExchangeId create(AccountId actor, ExpressionOfInterestId expression, ExchangePlan plan) {
        SubmittedExpression selected = expressions.find(expression).orElseThrow(() -> new NotFoundException("expression"));
        access.requireSecretariat(actor, selected.programme());
        if (selection.outcomeOf(expression).orElse(null) != Outcome.SELECTED) {
            throw new ExchangeRefusal(null, "exchanges.not-selected");
        }
        if (exchanges.existsByExpression(expression.value())) {
            throw new ExchangeRefusal(null, "exchanges.exists");
        }
        check(plan);
        OrganisationId association = requests.get(selected.request()).association();
        Exchange exchange = new Exchange(selected, association, plan, actor, clock.instant());
        exchanges.saveAndFlush(exchange);
        return exchange.id();
    }

    /** Replaces the plan until the exchange is completed. */
    public ExchangeView replan(AccountId actor, ExchangeId id, ExchangePlan plan) {
        Exchange exchange = locked(id);
        access.requireSecretariat(actor, exchange.programme());
        check(plan);
        exchange.plan(plan);
        return view(exchange);
    }

    /**
     * Moves the exchange one step forward. Moving to preparing enrols the participants in the plan's course run, if
     * it names one.
     */
    public ExchangeView advance(AccountId actor, ExchangeId id, ExchangeStatus to) {
        Exchange exchange = locked(id);
        access.requireSecretariat(actor, exchange.programme());
        exchange.advance(to, clock.instant());
        ExchangeView view = view(exchange);
        if (to == ExchangeStatus.PREPARING) {
            preparation.enrol(view);
        }
        return view;
    }

    /** Records the joint report of a completed exchange, which is then reported, and tells the e-library. */
    public ExchangeView report(AccountId actor, ExchangeId id, JointReport report) {
        Exchange exchange = locked(id);
        access.requireReporter(actor, view(exchange));
        checkReport(report);
        Instant now = clock.instant();
        exchange.report(report, now);
        ExchangeView view = view(exchange);
        events.publishEvent(new ExchangeReported(view.id(), view.programme(), view.request(), view.municipality(),
                view.association(), view.method(), view.report(), now));
        return view;
    }

    @Transactional(readOnly = true)
    public ExchangeView get(AccountId viewer, ExchangeId id) {
        ExchangeView view = view(exchanges.findById(id.value()).orElseThrow(() -> new NotFoundException("exchange")));
        access.requireReader(viewer, view);
        return view;
    }

    /** The programme's exchanges, by start date: for its secretariat. */
    @Transactional(readOnly = true)
    public List<ExchangeView> ofProgramme(AccountId actor, ProgrammeId programme) {
        access.requireSecretariat(actor, programme);
        return exchanges.findByProgramme(programme.value()).stream().map(this::view).toList();
    }

    /** Whether the actor runs the exchange (moves it, plans and budgets it): pages offer only what is allowed. */
    public boolean mayManage(AccountId actor, ExchangeView exchange) {
        return access.secretariat(actor, exchange.programme());
    }

    /** Whether the actor may record the exchange's joint report: the secretariat and both sides' focal points. */
    public boolean mayReport(AccountId actor, ExchangeView exchange) {
        return access.reporter(actor, exchange);
    }

    /** Whether an exchange was made of the expression, and which. */
    @Transactional(readOnly = true)
    public boolean existsFor(ExpressionOfInterestId expression) {
        return exchanges.existsByExpression(expression.value());
    }

    private Exchange locked(ExchangeId id) {
        return exchanges.lockById(id.value()).orElseThrow(() -> new NotFoundException("exchange"));
    }

    private ExchangeView view(Exchange exchange) {
        return exchange.view(lines.findByExchange(exchange.id().value()).stream()
                .map(BudgetLine::view).toList());
    }

    private void check(ExchangePlan plan) {
        if (plan.method() == null) {
            throw new ExchangeRefusal("method", "exchanges.method.required");
        }
        if (plan.startsOn() == null || plan.endsOn() == null || plan.endsOn().isBefore(plan.startsOn())) {
            throw new ExchangeRefusal("endsOn", "exchanges.dates.invalid");
        }
        text("places", plan.places(), 1000, true);
        text("preparation", plan.preparation(), 4000, false);
        if (plan.participants().stream().noneMatch(person -> person.side() == Side.EXPERTISE)
                || plan.participants().stream().noneMatch(person -> person.side() == Side.PARTNER)) {
            throw new ExchangeRefusal("participants", "exchanges.participants.both-sides");
        }
        if (plan.participants().size() > 60) {
            throw new ExchangeRefusal("participants", "exchanges.participants.too-many", 60);
        }
        for (Participant person : plan.participants()) {
            if (person.side() == null || person.group() < 1 || person.group() > 30
                    || person.name() == null || person.name().isBlank() || person.name().strip().length() > 200
                    || person.organisation() == null || person.organisation().isBlank()
                    || person.organisation().strip().length() > 200
                    || person.jobTitle() != null && person.jobTitle().strip().length() > 200) {
                throw new ExchangeRefusal("participants", "exchanges.participant.invalid");
            }
        }
        preparation.checkRun(plan.courseRun());
    }

    private static void checkReport(JointReport report) {
        if (report == null) {
            throw new ExchangeRefusal("done", "exchanges.done.invalid", 8000);
        }
        text("done", report.done(), 8000, true);
        text("results", report.results(), 8000, true);
        text("lessonsLearned", report.lessonsLearned(), 8000, true);
        text("nextSteps", report.nextSteps(), 8000, true);
    }

    private static void text(String field, String value, int max, boolean required) {
        boolean blank = value == null || value.isBlank();
        if (required && blank || !blank && value.strip().length() > max) {
            throw new ExchangeRefusal(field, "exchanges." + field + ".invalid", max);
        }
    }
}
