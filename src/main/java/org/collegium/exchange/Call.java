package org.collegium.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collegium.identity.AccountId;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "exchange_call")
class Call {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programme;

    @Column(nullable = false)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "deadline_local", nullable = false)
    private LocalDateTime deadlineLocal;

    @Column(name = "deadline_zone", nullable = false)
    private String deadlineZone;

    /** The deadline's instant, kept for queries; always {@code deadline().instant()}. */
    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @ElementCollection
    @CollectionTable(name = "exchange_call_deadline_change", joinColumns = @JoinColumn(name = "call_id"))
    @OrderBy("changedAt")
    private List<Change> changes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Call() {
    }

    Call(ProgrammeId programme, String title, Instant opensAt, CallDeadline deadline, Instant now) {
        if (!deadline.instant().isAfter(opensAt)) {
            throw new ExchangeRefusal("deadline", "exchange.call.deadline-before-opening");
        }
        this.id = UUID.randomUUID();
        this.programme = programme.value();
        this.title = title.strip();
        this.opensAt = opensAt;
        setDeadline(deadline);
        this.createdAt = now;
    }

    CallId id() {
        return new CallId(id);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programme);
    }

    CallDeadline deadline() {
        return new CallDeadline(deadlineLocal, ZoneId.of(deadlineZone));
    }

    /** Moves the deadline, earlier or later, and records the move. */
    DeadlineChange moveDeadline(CallDeadline next, AccountId actor, Instant now) {
        CallDeadline previous = deadline();
        if (previous.equals(next)) {
            throw new ExchangeRefusal("deadline", "exchange.call.deadline-unchanged");
        }
        if (!next.instant().isAfter(opensAt)) {
            throw new ExchangeRefusal("deadline", "exchange.call.deadline-before-opening");
        }
        setDeadline(next);
        Change change = new Change(previous, next, now, actor);
        changes.add(change);
        return change.view();
    }

    boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && !deadline().passedAt(now);
    }

    CallView view(Instant now) {
        return new CallView(id(), new ProgrammeId(programme), title, opensAt, deadline(),
                changes.stream().map(Change::view).toList(), isOpenAt(now));
    }

    private void setDeadline(CallDeadline deadline) {
        this.deadlineLocal = deadline.local();
        this.deadlineZone = deadline.zone().getId();
        this.deadlineAt = deadline.instant();
    }

    @Embeddable
    static class Change {

        @Column(nullable = false)
        private UUID id;

        @Column(name = "previous_deadline_local", nullable = false)
        private LocalDateTime previousLocal;

        @Column(name = "previous_deadline_zone", nullable = false)
        private String previousZone;

        @Column(name = "deadline_local", nullable = false)
        private LocalDateTime local;

        @Column(name = "deadline_zone", nullable = false)
        private String zone;

        @Column(name = "changed_at", nullable = false)
        private Instant changedAt;

        @Column(name = "changed_by", nullable = false)
        private UUID changedBy;

        protected Change() {
        }

        Change(CallDeadline previous, CallDeadline next, Instant changedAt, AccountId changedBy) {
            this.id = UUID.randomUUID();
            this.previousLocal = previous.local();
            this.previousZone = previous.zone().getId();
            this.local = next.local();
            this.zone = next.zone().getId();
            this.changedAt = changedAt;
            this.changedBy = changedBy.value();
        }

        DeadlineChange view() {
            return new DeadlineChange(new CallDeadline(previousLocal, ZoneId.of(previousZone)),
                    new CallDeadline(local, ZoneId.of(zone)), changedAt, new AccountId(changedBy));
        }
    }
}
