package org.collegium.academy.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.ActivityView;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentAccepted;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.EnrolmentStatus;
import org.collegium.academy.EnrolmentSummary;
import org.collegium.academy.Enrolments;
import org.collegium.academy.LearnerActivity;
import org.collegium.academy.LearningSummary;
import org.collegium.academy.RunView;
import org.collegium.academy.course.CourseContents;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment, waiting list, approval, invitations and progress, kept in the database. Every change to a run's
 * enrolments first locks the run's row, so that two learners never take the last seat together.
 */
@Service
@Transactional(readOnly = true)
class JpaEnrolments implements Enrolments {

    private static final List<EnrolmentStatus> SEAT_HOLDERS = List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED);

    private final RunRepository runs;
    private final EnrolmentRepository enrolments;
    private final InvitationRepository invitations;
    private final CompletionRepository completions;
    private final RunViews runViews;
    private final CourseContents contents;
    private final Courses courses;
    private final CourseAccess access;
    private final AcademyStaff staff;
    private final Accounts accounts;
    private final Progress progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaEnrolments(RunRepository runs, EnrolmentRepository enrolments, InvitationRepository invitations,
            CompletionRepository completions, RunViews runViews, CourseContents contents, Courses courses,
            CourseAccess access, AcademyStaff staff, Accounts accounts, Progress progress, ApplicationEventPublisher events,
            Clock clock) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.invitations = invitations;
        this.completions = completions;
        this.runViews = runViews;
        this.contents = contents;
        this.courses = courses;
        this.access = access;
        this.staff = staff;
        this.accounts = accounts;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public EnrolmentStatus enrol(AccountId learner, CourseRunId runId) {
        CourseRun run = lock(runId);
        if (!contents.isPublished(run.course())) {
            throw new NotFoundException("run");
        }
        Instant now = clock.instant();
        if (!run.enrolmentOpenAt(now)) {
            throw new CourseRefusal("run", run.opensLaterThan(now) ? "enrolment.window.not-open" : "enrolment.window.closed");
        }
        Optional<Enrolment> existing = enrolments.find(runId.value(), learner.value());
        if (existing.isPresent() && !existing.get().mayRequest()) {
            throw new CourseRefusal("run", "enrolment.already", existing.get().status().name());
        }
        if (run.policy() == EnrolmentPolicy.INVITATION && !invited(run, learner)) {
            throw new CourseRefusal("run", "enrolment.invitation-only");
        }
        Enrolment enrolment = existing.orElseGet(
                () -> new Enrolment(runId, run.course(), learner, EnrolmentStatus.WITHDRAWN, now));
        enrolment.request(now);
        if (run.policy() == EnrolmentPolicy.APPROVAL) {
            enrolment.awaitApproval(now);
        } else {
            seatOrWait(run, enrolment, now);
        }
        enrolments.save(enrolment);
        AcademyId academy = contents.academyOf(run.course()).orElseThrow();
        staff.registerLearner(academy, learner);
        return enrolment.status();
    }

    @Override
    @Transactional
    public void withdraw(AccountId learner, CourseRunId runId) {
        CourseRun run = lock(runId);
        Enrolment enrolment = enrolments.find(runId.value(), learner.value())
                .orElseThrow(() -> new NotFoundException("enrolment"));
        boolean heldSeat = enrolment.status().holdsSeat();
        enrolment.withdraw(clock.instant());
        enrolments.flush();
        if (heldSeat) {
            promote(run);
        }
    }

    @Override
    @Transactional
    public void approve(AccountId actor, EnrolmentId id) {
        Enrolment unlocked = enrolments.findById(id.value()).orElseThrow(() -> new NotFoundException("enrolment"));
        checkFacilitator(actor, unlocked.run());
        CourseRun run = lock(unlocked.run());
        Enrolment enrolment = enrolments.findById(id.value()).orElseThrow();
        enrolment.requireStatus(EnrolmentStatus.PENDING_APPROVAL);
        seatOrWait(run, enrolment, clock.instant());
    }

    @Override
    @Transactional
    public void decline(AccountId actor, EnrolmentId id) {
        Enrolment unlocked = enrolments.findById(id.value()).orElseThrow(() -> new NotFoundException("enrolment"));
        checkFacilitator(actor, unlocked.run());
        lock(unlocked.run());
        Enrolment enrolment = enrolments.findById(id.value()).orElseThrow();
        enrolment.requireStatus(EnrolmentStatus.PENDING_APPROVAL);
        enrolment.withdraw(clock.instant());
    }

    @Override
    @Transactional
    public void invite(AccountId actor, CourseRunId runId, String email) {
        checkFacilitator(actor, runId);
        CourseRun run = lock(runId);
        if (run.policy() != EnrolmentPolicy.INVITATION) {
            throw new CourseRefusal("email", "enrolment.invite.not-by-invitation");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new CourseRefusal("email", "enrolment.invite.email.invalid");
        }
        Instant now = clock.instant();
        Invitation.Key key = new Invitation.Key(runId.value(), address);
        if (!invitations.existsById(key)) {
            invitations.save(new Invitation(runId.value(), address, actor.value(), now));
        }
        accounts.findByEmail(address).ifPresent(account -> {
            if (enrolments.find(runId.value(), account.id().value()).isEmpty()) {
                enrolments.save(new Enrolment(runId, run.course(), account.id(), EnrolmentStatus.INVITED, now));
            }
        });
    }

    @Override
    public List<EnrolmentSummary> roster(AccountId actor, CourseRunId runId) {
        checkFacilitator(actor, runId);
        CourseRun run = runs.findById(runId.value()).orElseThrow(() -> new NotFoundException("run"));
        List<Enrolment> list = enrolments.findByRun(runId.value());
        Map<AccountId, AccountSummary> people = accounts.findAll(list.stream().map(Enrolment::learner).toList());
        Set<ActivityId> required = required(run.course());
        Map<UUID, Set<ActivityId>> done = doneBy(list);
        return list.stream().map(enrolment -> {
            AccountSummary person = people.get(enrolment.learner());
            return new EnrolmentSummary(enrolment.id(), enrolment.run(), enrolment.course(), enrolment.learner(),
                    person == null ? "" : person.displayName(), person == null ? "" : person.email(), enrolment.status(),
                    enrolment.requestedAt(), countDone(done.get(enrolment.id().value()), required), required.size());
        }).toList();
    }

    @Override
    public List<LearningSummary> learningOf(AccountId learner) {
        List<Enrolment> mine = enrolments.findByLearner(learner.value()).stream()
                .filter(enrolment -> enrolment.status() != EnrolmentStatus.WITHDRAWN).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<CourseId> courseIds = mine.stream().map(Enrolment::course).collect(Collectors.toSet());
        Map<CourseId, CourseSummary> summaries = courses.findAll(courseIds);
        Map<CourseId, List<ActivitySummary>> outlines = contents.publishedOutlines(courseIds);
        Map<CourseRunId, RunView> runsById = runViews.views(
                runs.findByIds(mine.stream().map(enrolment -> enrolment.run().value()).toList()), Optional.of(learner))
                .stream().collect(Collectors.toMap(RunView::id, Function.identity()));
        Map<UUID, Set<ActivityId>> done = doneBy(mine);
        List<LearningSummary> result = new ArrayList<>();
        for (Enrolment enrolment : mine) {
            CourseSummary course = summaries.get(enrolment.course());
            if (course == null || !course.isPublished()) {
                continue;
            }
            List<ActivitySummary> outline = outlines.getOrDefault(enrolment.course(), List.of());
            Set<ActivityId> completed = done.getOrDefault(enrolment.id().value(), Set.of());
            Set<ActivityId> required = outline.stream().filter(ActivitySummary::counts).map(ActivitySummary::id)
                    .collect(Collectors.toSet());
            ActivitySummary next = enrolment.status().learns() ? outline.stream()
                    .filter(activity -> !completed.contains(activity.id()) && activity.completionRule() != null)
                    .findFirst().orElse(null) : null;
            result.add(new LearningSummary(enrolment.id(), course, runsById.get(enrolment.run()), enrolment.status(),
                    countDone(completed, required), required.size(), next));
        }
        return result;
    }

    @Override
    @Transactional
    public LearnerActivity open(Optional<AccountId> viewer, ActivityId id, boolean preview) {
        ActivityReference reference = contents.reference(id).orElseThrow(() -> new NotFoundException("activity"));
        boolean authoring = viewer.map(account -> access.mayAuthor(account, reference.course())).orElse(false);
        if (authoring) {
            ActivityView view = contents.view(id, !preview).orElseThrow();
            return new LearnerActivity(view, Set.of(), true, preview);
        }
        if (!reference.published()) {
            throw new NotFoundException("activity");
        }
        AccountId learner = viewer.orElseThrow(() -> new AccessDeniedException("sign-in required"));
        List<Enrolment> learning = enrolments.findByLearnerAndCourse(learner.value(), reference.course().value())
                .stream().filter(enrolment -> enrolment.status().learns()).toList();
        if (learning.isEmpty()) {
            throw new AccessDeniedException("not a learner of course " + reference.course().value());
        }
        if (reference.completionRule() == CompletionRule.VIEWED) {
            Instant now = clock.instant();
            learning.forEach(enrolment -> progress.complete(enrolment, id, CompletionRule.VIEWED, now));
        }
        ActivityView view = contents.view(id, false).orElseThrow();
        return new LearnerActivity(view, completedBy(learner, reference.course()), false, false);
    }

    @Override
    public Set<ActivityId> completedBy(AccountId learner, CourseId course) {
        List<Enrolment> mine = enrolments.findByLearnerAndCourse(learner.value(), course.value());
        return doneBy(mine).values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }

    private void seatOrWait(CourseRun run, Enrolment enrolment, Instant now) {
        long taken = enrolments.count(run.id().value(), SEAT_HOLDERS);
        if (run.hasSeatFor(taken)) {
            accept(enrolment, now);
        } else {
            enrolment.waitInLine(enrolments.lastQueueNumber(run.id().value()) + 1, now);
        }
    }

    private void accept(Enrolment enrolment, Instant now) {
        enrolment.activate(now);
        events.publishEvent(new EnrolmentAccepted(enrolment.id(), enrolment.run(), enrolment.course(),
                enrolment.learner(), now));
    }

    private void promote(CourseRun run) {
        long taken = enrolments.count(run.id().value(), SEAT_HOLDERS);
        Instant now = clock.instant();
        for (Enrolment waiting : enrolments.waiting(run.id().value())) {
            if (!run.hasSeatFor(taken)) {
                return;
            }
            accept(waiting, now);
            taken++;
        }
    }

    private boolean invited(CourseRun run, AccountId learner) {
        return accounts.find(learner)
                .map(account -> invitations.existsById(
                        new Invitation.Key(run.id().value(), account.email().toLowerCase(Locale.ROOT))))
                .orElse(false);
    }

    private Set<ActivityId> required(CourseId course) {
        return contents.publishedOutlines(List.of(course)).getOrDefault(course, List.of()).stream()
                .filter(ActivitySummary::counts).map(ActivitySummary::id).collect(Collectors.toSet());
    }

    private Map<UUID, Set<ActivityId>> doneBy(Collection<Enrolment> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return completions.findByEnrolments(list.stream().map(enrolment -> enrolment.id().value()).toList()).stream()
                .collect(Collectors.groupingBy(ActivityCompletion::enrolmentId,
                        Collectors.mapping(ActivityCompletion::activity, Collectors.toSet())));
    }

    private static int countDone(Set<ActivityId> done, Set<ActivityId> required) {
        return done == null ? 0 : (int) done.stream().filter(required::contains).count();
    }

    private CourseRun lock(CourseRunId id) {
        return runs.lockById(id.value()).orElseThrow(() -> new NotFoundException("run"));
    }

    private void checkFacilitator(AccountId actor, CourseRunId run) {
        if (!access.mayFacilitate(actor, run)) {
            CourseRun found = runs.findById(run.value()).orElseThrow(() -> new NotFoundException("run"));
            if (!access.mayAuthor(actor, found.course())) {
                throw new AccessDeniedException("may not facilitate run " + run.value());
            }
        }
    }
}
