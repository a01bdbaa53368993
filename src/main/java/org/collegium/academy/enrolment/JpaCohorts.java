package org.collegium.academy.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.Cohort;
import org.collegium.academy.CohortMember;
import org.collegium.academy.CohortSummary;
import org.collegium.academy.Cohorts;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.LearnerFigures;
import org.collegium.academy.RunFigures;
import org.collegium.academy.EnrolmentStatus;
import org.collegium.academy.LiveSessionView;
import org.collegium.academy.StartingEnrolment;
import org.collegium.academy.course.CourseContents;
import org.collegium.identity.AccountId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort read models, each from a fixed number of aggregate queries so that a run of thousands of learners costs
 * what a run of three does.
 */
@Service
@Transactional(readOnly = true)
class JpaCohorts implements Cohorts {

    /** Stands for "no academy" in an IN-list that must not be empty. */
    private static final UUID NO_ACADEMY = new UUID(0, 0);

    private final RunRepository runs;
    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final AttendanceRepository attendances;
    private final LiveSessionRepository sessions;
    private final CourseContents contents;

    JpaCohorts(RunRepository runs, EnrolmentRepository enrolments, CompletionRepository completions,
            AttendanceRepository attendances, LiveSessionRepository sessions, CourseContents contents) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.completions = completions;
        this.attendances = attendances;
        this.sessions = sessions;
        this.contents = contents;
    }

    @Override
    public Page<CohortSummary> runs(AccountId facilitator, Collection<AcademyId> academies, Pageable page) {
        List<UUID> academyIds = academies.isEmpty() ? List.of(NO_ACADEMY)
                : academies.stream().map(AcademyId::value).distinct().toList();
        Page<CourseRun> found = runs.findFollowed(facilitator.value(), academyIds, page);
        if (found.isEmpty()) {
            return found.map(run -> null);
        }
        Map<UUID, Map<EnrolmentStatus, Long>> counts = new HashMap<>();
        enrolments.countByStatus(found.map(run -> run.id().value()).toList()).forEach(count -> counts
                .computeIfAbsent(count.getRun(), run -> new EnumMap<>(EnrolmentStatus.class))
                .put(count.getStatus(), count.getTotal()));
        return found.map(run -> {
            Map<EnrolmentStatus, Long> byStatus = counts.getOrDefault(run.id().value(), Map.of());
            long completed = byStatus.getOrDefault(EnrolmentStatus.COMPLETED, 0L);
            long learners = completed + byStatus.getOrDefault(EnrolmentStatus.ACTIVE, 0L);
            return new CohortSummary(run.id(), run.course(), run.kind(), run.starts(), run.ends(), run.zone(),
                    (int) learners, (int) completed);
        });
    }

    @Override
    public Optional<Cohort> cohort(CourseRunId id) {
        Optional<CourseRun> found = runs.findById(id.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CourseRun run = found.get();
        List<UUID> required = contents.publishedOutlines(List.of(run.course())).getOrDefault(run.course(), List.of())
                .stream().filter(ActivitySummary::counts).map(activity -> activity.id().value()).toList();
        List<UUID> runIds = List.of(run.id().value());
        Map<UUID, Long> done = required.isEmpty() ? Map.of()
                : completions.countDone(runIds, required).stream().collect(Collectors.toMap(
                        CompletionRepository.PerEnrolment::getEnrolment, CompletionRepository.PerEnrolment::getTotal));
        Map<UUID, Instant> last = lastActivities(runIds);
        Map<UUID, Long> present = attendances.presentByRun(run.id().value()).stream().collect(Collectors.toMap(
                CompletionRepository.PerEnrolment::getEnrolment, CompletionRepository.PerEnrolment::getTotal));
        List<CohortMember> members = enrolments.members(run.id().value()).stream()
                .map(member -> {
                    UUID key = member.getId();
                    return new CohortMember(new EnrolmentId(key), new AccountId(member.getLearner()),
                            member.getStatus(), member.getRequestedAt(), done.getOrDefault(key, 0L).intValue(),
                            last.get(key), present.getOrDefault(key, 0L).intValue());
                }).toList();
        return Optional.of(new Cohort(run.id(), run.course(), run.kind(), run.starts(), run.ends(), run.zone(),
                run.facilitators(), required.size(), (int) attendances.sessionsTaken(run.id().value()), members));
    }

    @Override
    public List<RunFigures> figuresPerRun(AcademyId academy, Instant activeSince) {
        List<EnrolmentRepository.Sums> sums = enrolments.sumsPerRun(academy.value(), activeSince);
        if (sums.isEmpty()) {
            return List.of();
        }
        Map<UUID, Instant> starts = new HashMap<>();
        runs.findInAcademies(List.of(academy.value())).forEach(run -> starts.put(run.id().value(), run.starts()));
        return sums.stream().map(sum -> new RunFigures(new CourseRunId(sum.getRun()), new CourseId(sum.getCourse()),
                starts.get(sum.getRun()), sum.getEnrolments().intValue(), sum.getActive().intValue(),
                sum.getCompletions().intValue())).toList();
    }

    @Override
    public List<LearnerFigures> figuresPerLearner(AcademyId academy, Instant activeSince) {
        return enrolments.sumsPerLearner(academy.value(), activeSince).stream()
                .map(sum -> new LearnerFigures(new AccountId(sum.getLearner()), sum.getEnrolments().intValue(),
                        sum.getActive().intValue(), sum.getCompletions().intValue()))
                .toList();
    }

    @Override
    public List<StartingEnrolment> starting(Instant from, Instant to) {
        Map<UUID, CourseRun> starting = runs.findStartingBetween(from, to).stream()
                .collect(Collectors.toMap(run -> run.id().value(), Function.identity()));
        if (starting.isEmpty()) {
            return List.of();
        }
        Map<UUID, LiveSessionView> first = new java.util.HashMap<>();
        sessions.findByRuns(starting.keySet()).forEach(session -> first.putIfAbsent(session.run().value(),
                session.view()));
        List<StartingEnrolment> result = new ArrayList<>();
        for (Enrolment enrolment : enrolments.findByRuns(starting.keySet())) {
            if (enrolment.status() != EnrolmentStatus.ACTIVE) {
                continue;
            }
            CourseRun run = starting.get(enrolment.run().value());
            result.add(new StartingEnrolment(enrolment.id(), enrolment.learner(), run.id(), run.course(), run.starts(),
                    run.ends(), run.zone(), first.get(run.id().value())));
        }
        return result;
    }

    private Map<UUID, Instant> lastActivities(Collection<UUID> runIds) {
        return completions.lastActivities(runIds).stream().collect(Collectors.toMap(
                CompletionRepository.LastActivity::getEnrolment, CompletionRepository.LastActivity::getLast));
    }

}
