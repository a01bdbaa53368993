package org.collegium.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls of a programme, managed by its secretariat (and platform administrators): each opens at an instant and closes at a deadline stated in a named zone. Whether a call
 * is open is decided here, on the server's clock, to the second. The deadline may be moved, earlier or later: the
 * move is recorded on the call and {@link CallDeadlineMoved} is published in the same transaction.
 */
@Service
@Transactional
public class Calls {

    private final CallRepository calls;
    private final Programmes programmes;
    private final Roles roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Calls(CallRepository calls, Programmes programmes, Roles roles, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.programmes = programmes;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    public CallId open(AccountId actor, ProgrammeId programme, String title, Instant opensAt, CallDeadline deadline) {
        programmes.requireExists(programme);
        secretariat(actor, programme);
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new ExchangeRefusal("title", "exchange.call.title.invalid");
        }
        if (opensAt == null) {
            throw new ExchangeRefusal("opensAt", "exchange.call.opens.required");
        }
        return calls.save(new Call(programme, title, opensAt, deadline, clock.instant())).id();
    }

    public CallView moveDeadline(AccountId actor, CallId call, CallDeadline deadline) {
        Call found = calls.lockById(call.value()).orElseThrow(() -> new NotFoundException("call"));
        secretariat(actor, found.programme());
        Instant now = clock.instant();
        DeadlineChange change = found.moveDeadline(deadline, actor, now);
        events.publishEvent(new CallDeadlineMoved(found.id(), change));
        return found.view(now);
    }

    @Transactional(readOnly = true)
    public CallView get(CallId call) {
        return calls.findById(call.value()).map(found -> found.view(clock.instant()))
                .orElseThrow(() -> new NotFoundException("call"));
    }

    /** The calls of a programme, the latest first. */
    @Transactional(readOnly = true)
    public List<CallView> ofProgramme(ProgrammeId programme) {
        Instant now = clock.instant();
        return calls.findByProgrammeOrderByOpensAtDesc(programme.value()).stream().map(call -> call.view(now)).toList();
    }

    /** The calls open now, on the server's clock, the nearest deadline first. */
    @Transactional(readOnly = true)
    public List<CallView> openNow() {
        Instant now = clock.instant();
        return calls.findOpenAt(now.truncatedTo(ChronoUnit.SECONDS)).stream().map(call -> call.view(now)).toList();
    }

    private void secretariat(AccountId actor, ProgrammeId programme) {
        if (actor == null || !roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value())) {
            throw new AccessDeniedException("only the secretariat of programme " + programme.value() + " manages its calls");
        }
    }
}
