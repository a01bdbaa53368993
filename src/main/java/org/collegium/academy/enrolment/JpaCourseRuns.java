package org.collegium.academy.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AttendanceTaken;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.LiveSessionId;
import org.collegium.academy.RunPlan;
import org.collegium.academy.RunView;
import org.collegium.academy.SessionPlan;
import org.collegium.academy.course.CourseContents;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs, sessions and attendance, kept in the database.
 */
@Service
@Transactional(readOnly = true)
class JpaCourseRuns implements CourseRuns {

    private final RunRepository runs;
    private final LiveSessionRepository sessions;
    private final AttendanceRepository attendances;
    private final EnrolmentRepository enrolments;
    private final RunViews views;
    private final CourseContents contents;
    private final CourseAccess access;
    private final AcademyStaff staff;
    private final Progress progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaCourseRuns(RunRepository runs, LiveSessionRepository sessions, AttendanceRepository attendances,
            EnrolmentRepository enrolments, RunViews views, CourseContents contents, CourseAccess access,
            AcademyStaff staff, Progress progress, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.sessions = sessions;
        this.attendances = attendances;
        this.enrolments = enrolments;
        this.views = views;
        this.contents = contents;
        this.access = access;
        this.staff = staff;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CourseRunId schedule(AccountId actor, CourseId course, RunPlan plan) {
        AcademyId academy = contents.academyOf(course).orElseThrow(() -> new NotFoundException("course"));
        if (!access.mayAuthor(actor, course)) {
            throw new AccessDeniedException("may not schedule runs of course " + course.value());
        }
        plan.facilitators().forEach(facilitator -> {
            if (!staff.holds(academy, facilitator, Role.FACILITATOR)) {
                throw new CourseRefusal("facilitators", "enrolment.run.facilitator.not-staff");
            }
        });
        CourseRun run = runs.save(new CourseRun(course, plan, clock.instant()));
        events.publishEvent(new AdministrativeActionTaken(actor.value(), "course.schedule-run", "course",
                course.value().toString(), "Scheduled run " + run.id().value(), clock.instant()));
        return run.id();
    }

    @Override
    public List<RunView> runsOf(Optional<AccountId> viewer, CourseId course) {
        return views.views(runs.findByCourse(course.value()), viewer);
    }

    @Override
    public RunView get(Optional<AccountId> viewer, CourseRunId run) {
        return views.view(runs.findById(run.value()).orElseThrow(() -> new NotFoundException("run")), viewer);
    }

    @Override
    public Map<CourseId, RunView> nextRuns(Collection<CourseId> courses) {
        if (courses.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<CourseId, CourseRun> next = runs.findByCourses(courses.stream().map(CourseId::value).toList()).stream()
                .filter(run -> RunViews.joinable(run, now))
                .sorted(RunViews.nextFirst(now))
                .collect(Collectors.toMap(CourseRun::course, Function.identity(), (first, later) -> first,
                        LinkedHashMap::new));
        return views.views(next.values(), Optional.empty()).stream()
                .collect(Collectors.toMap(RunView::course, Function.identity()));
    }

    @Override
    @Transactional
    public LiveSessionId addSession(AccountId actor, CourseRunId runId, SessionPlan plan) {
        CourseRun run = runs.findById(runId.value()).orElseThrow(() -> new NotFoundException("run"));
        checkFacilitator(actor, run);
        if (plan.activity() != null) {
            ActivityReference activity = contents.reference(plan.activity())
                    .filter(found -> found.course().equals(run.course()) && found.kind() == ActivityKind.LIVE_SESSION)
                    .orElseThrow(() -> new CourseRefusal("activity", "enrolment.session.activity.invalid"));
            plan = new SessionPlan(plan.starts(), plan.ends(), plan.zone(), plan.place(), plan.link(), activity.id());
        }
        return sessions.save(new LiveSession(run.id(), plan)).id();
    }

    @Override
    @Transactional
    public void recordAttendance(AccountId actor, LiveSessionId sessionId, Map<EnrolmentId, Boolean> presence) {
        LiveSession session = sessions.findById(sessionId.value()).orElseThrow(() -> new NotFoundException("session"));
        CourseRun run = runs.findById(session.run().value()).orElseThrow();
        checkFacilitator(actor, run);
        Map<EnrolmentId, Enrolment> learners = enrolments.findByRun(run.id().value()).stream()
                .filter(enrolment -> enrolment.status().learns())
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
        if (!learners.keySet().containsAll(presence.keySet())) {
            throw new CourseRefusal("presence", "enrolment.attendance.not-a-learner");
        }
        Instant now = clock.instant();
        Map<java.util.UUID, Attendance> recorded = attendances.findBySession(sessionId.value()).stream()
                .collect(Collectors.toMap(Attendance::enrolmentId, Function.identity()));
        presence.forEach((enrolment, present) -> {
            Attendance existing = recorded.get(enrolment.value());
            if (existing == null) {
                attendances.save(new Attendance(sessionId.value(), enrolment.value(), present, actor.value(), now));
            } else {
                existing.record(present, actor.value(), now);
            }
            if (present && session.activity() != null) {
                ActivityReference activity = contents.reference(session.activity()).orElse(null);
                if (activity != null && activity.completionRule() == CompletionRule.ATTENDED && activity.published()) {
                    progress.complete(learners.get(enrolment), activity.id(), CompletionRule.ATTENDED, now);
                }
            }
        });
        int present = (int) presence.values().stream().filter(Boolean::booleanValue).count();
        events.publishEvent(new AttendanceTaken(run.id(), run.course(), sessionId, actor, present,
                presence.size() - present, now));
    }

    @Override
    public Map<EnrolmentId, Boolean> attendance(AccountId actor, LiveSessionId sessionId) {
        LiveSession session = sessions.findById(sessionId.value()).orElseThrow(() -> new NotFoundException("session"));
        checkFacilitator(actor, runs.findById(session.run().value()).orElseThrow());
        return attendances.findBySession(sessionId.value()).stream()
                .collect(Collectors.toMap(attendance -> new EnrolmentId(attendance.enrolmentId()), Attendance::present));
    }

    private void checkFacilitator(AccountId actor, CourseRun run) {
        if (!access.mayFacilitate(actor, run.id()) && !access.mayAuthor(actor, run.course())) {
            throw new AccessDeniedException("may not facilitate run " + run.id().value());
        }
    }
}
