package org.collegium.academy.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.academy.EnrolmentStatus;
import org.collegium.academy.LiveSessionView;
import org.collegium.academy.RunView;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * Runs as pages show them: with their seats, waiting list, sessions and the viewer's enrolment, in a fixed number
 * of statements whatever the number of runs.
 */
@Component
class RunViews {

    private final EnrolmentRepository enrolments;
    private final LiveSessionRepository sessions;
    private final Clock clock;

    RunViews(EnrolmentRepository enrolments, LiveSessionRepository sessions, Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.clock = clock;
    }

    List<RunView> views(Collection<CourseRun> runs, Optional<AccountId> viewer) {
        if (runs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = runs.stream().map(run -> run.id().value()).toList();
        Map<UUID, Map<EnrolmentStatus, Long>> counts = new HashMap<>();
        enrolments.countByStatus(ids).forEach(count -> counts.computeIfAbsent(count.getRun(), run -> new HashMap<>())
                .put(count.getStatus(), count.getTotal()));
        Map<UUID, List<LiveSessionView>> sessionsByRun = sessions.findByRuns(ids).stream()
                .collect(Collectors.groupingBy(session -> session.run().value(),
                        Collectors.mapping(LiveSession::view, Collectors.toList())));
        Map<UUID, EnrolmentStatus> mine = viewer.map(account -> enrolments.findByLearnerInRuns(account.value(), ids)
                .stream().collect(Collectors.toMap(enrolment -> enrolment.run().value(), Enrolment::status)))
                .orElse(Map.of());
        Instant now = clock.instant();
        return runs.stream().map(run -> {
            Map<EnrolmentStatus, Long> byStatus = counts.getOrDefault(run.id().value(), Map.of());
            int taken = (int) (byStatus.getOrDefault(EnrolmentStatus.ACTIVE, 0L)
                    + byStatus.getOrDefault(EnrolmentStatus.COMPLETED, 0L));
            int waiting = byStatus.getOrDefault(EnrolmentStatus.WAITING, 0L).intValue();
            return new RunView(run.id(), run.course(), run.kind(), run.language(), run.policy(), run.capacity(), taken,
                    waiting, run.enrolmentOpens(), run.enrolmentCloses(), run.starts(), run.ends(), run.zone(),
                    run.facilitators(), run.enrolmentOpenAt(now), mine.get(run.id().value()),
                    sessionsByRun.getOrDefault(run.id().value(), List.of()));
        }).toList();
    }

    RunView view(CourseRun run, Optional<AccountId> viewer) {
        return views(List.of(run), viewer).getFirst();
    }

    /** Runs that can still be joined: open now first, then those whose enrolment opens later, soonest first. */
    static Comparator<CourseRun> nextFirst(Instant now) {
        return Comparator.<CourseRun, Boolean>comparing(run -> !run.enrolmentOpenAt(now))
                .thenComparing(run -> run.starts() == null ? run.createdAt() : run.starts());
    }

    static boolean joinable(CourseRun run, Instant now) {
        return run.enrolmentOpenAt(now) || run.opensLaterThan(now);
    }

}
