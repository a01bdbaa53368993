package org.collegium.academy.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.AssignmentGraded;
import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.AssignmentSettings;
import org.collegium.academy.AssignmentView;
import org.collegium.academy.GradeInput;
import org.collegium.academy.GradeView;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.NewMediaFile;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.PeerReviewId;
import org.collegium.academy.PeerReviewInput;
import org.collegium.academy.PeerReviewSettings;
import org.collegium.academy.PeerReviewTask;
import org.collegium.academy.ReceivedReview;
import org.collegium.academy.SubmissionDraft;
import org.collegium.academy.SubmissionStatus;
import org.collegium.academy.SubmissionView;
import org.collegium.academy.assignment.PeerReviewAllocator.Allocation;
import org.collegium.academy.assignment.PeerReviewAllocator.Participant;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment engine behind {@link org.collegium.academy.Assignments}: every step checks the actor against
 * the assignment's academy, runs in one transaction and either completes or changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentEngine {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final GradeRepository grades;
    private final PeerReviewRepository reviews;
    private final CourseChecks checks;
    private final MediaLibrary media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentEngine(AssignmentRepository assignments, SubmissionRepository submissions, GradeRepository grades,
            PeerReviewRepository reviews, CourseChecks checks, MediaLibrary media, ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grades = grades;
        this.reviews = reviews;
        this.checks = checks;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void create(AccountId actor, ActivityId activity, AcademyId academy, AssignmentSettings settings) {
        if (!checks.isStaffOf(actor, activity, academy)) {
            throw new AccessDeniedException("not staff of the course of activity " + activity.value());
        }
        if (assignments.existsByActivityId(activity.value())) {
            throw new AssignmentRefusal("activity", "assignment.activity.taken");
        }
        Assignment assignment = new Assignment(activity, academy, settings, clock.instant());
        assignments.saveAndFlush(assignment);
        audit(actor, "assignment.create", assignment, "Created the assignment of activity " + activity.value());
    }

    @Transactional
    public void update(AccountId actor, ActivityId activity, AssignmentSettings settings) {
        Assignment assignment = load(activity);
        requireStaff(actor, assignment);
        Rubric before = assignment.rubric();
        if (grades.existsByAssignmentId(assignment.id()) && !before.equals(Rubric.of(settings.rubric()))) {
            throw new AssignmentRefusal("rubric", "assignment.rubric.graded");
        }
        assignment.configure(settings);
        audit(actor, "assignment.update", assignment, "Changed the assignment of activity " + activity.value());
    }

    public AssignmentView assignment(AccountId actor, ActivityId activity) {
        Assignment assignment = load(activity);
        if (!checks.isStaff(actor, assignment.activity()) && !checks.isEnrolledLearner(actor, assignment.activity())) {
            throw new AccessDeniedException("not in the academy of this assignment");
        }
        return assignment.toView();
    }

    @Transactional
    public SubmissionView saveDraft(AccountId learner, ActivityId activity, SubmissionDraft draft) {
        Assignment assignment = load(activity);
        requireLearner(learner, assignment);
        requireOwnFile(learner, activity, draft);
        Instant now = clock.instant();
        requireAccepted(assignment.deadline().judge(now));
        Submission submission = submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value())
                .orElseGet(() -> new Submission(assignment.id(), learner, now));
        submission.saveDraft(draft, now);
        submissions.saveAndFlush(submission);
        return submission.toView(activity, Optional.empty());
    }

    @Transactional
    public SubmissionView submit(AccountId learner, ActivityId activity, SubmissionDraft draft) {
        Assignment assignment = lock(activity);
        requireLearner(learner, assignment);
        requireOwnFile(learner, activity, draft);
        Instant now = clock.instant();
        DeadlineRule.Verdict verdict = assignment.deadline().judge(now);
        requireAccepted(verdict);
        Submission submission = submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value())
                .orElseGet(() -> new Submission(assignment.id(), learner, now));
        boolean first = submission.firstSubmittedAt() == null;
        submission.submit(draft, assignment.submissionType(), verdict == DeadlineRule.Verdict.LATE, now);
        submissions.saveAndFlush(submission);
        if (first) {
            allocate(assignment, now);
        }
        return submission.toView(activity, Optional.empty());
    }

    /** Uploads and saves in one transaction, so that a refused draft leaves no file behind. */
    @Transactional
    public SubmissionView saveDraftWithFile(AccountId learner, ActivityId activity, String text, NewMediaFile file) {
        requireLearner(learner, load(activity));
        MediaFileSummary stored = media.uploadSubmission(learner, activity, file);
        return saveDraft(learner, activity, new SubmissionDraft(text, stored.id().value()));
    }

    /** Uploads and hands in in one transaction, so that refused work leaves no file behind. */
    @Transactional
    public SubmissionView submitWithFile(AccountId learner, ActivityId activity, String text, NewMediaFile file) {
        requireLearner(learner, load(activity));
        MediaFileSummary stored = media.uploadSubmission(learner, activity, file);
        return submit(learner, activity, new SubmissionDraft(text, stored.id().value()));
    }

    /** The learner's own submission, with the grade only once released. */
    public Optional<SubmissionView> mySubmission(AccountId learner, ActivityId activity) {
        Assignment assignment = load(activity);
        if (learner == null) {
            throw new AccessDeniedException("sign in");
        }
        return submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value())
                .map(submission -> submission.toView(activity, grade(submission).filter(GradeView::released)));
    }

    /** A learner's submission for staff (with the grade in progress) or for the learner themselves. */
    public SubmissionView submissionOf(AccountId actor, ActivityId activity, AccountId learner) {
        Assignment assignment = load(activity);
        boolean staff = checks.isStaff(actor, assignment.activity());
        if (!staff && (actor == null || !actor.equals(learner))) {
            throw new AccessDeniedException("not the author of this submission");
        }
        Submission submission = submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value())
                .orElseThrow(() -> new NotFoundException("submission"));
        Optional<GradeView> grade = grade(submission);
        return submission.toView(activity, staff ? grade : grade.filter(GradeView::released));
    }

    /** Every handed-in submission, oldest first, for the staff who grade them. */
    public List<SubmissionView> submissions(AccountId actor, ActivityId activity) {
        Assignment assignment = load(activity);
        requireStaff(actor, assignment);
        List<Submission> handedIn = submissions
                .findByAssignmentIdAndFirstSubmittedAtNotNullOrderByFirstSubmittedAtAscIdAsc(assignment.id());
        Map<UUID, Submission> withVersions = byId(submissions.findByIdIn(ids(handedIn)), Submission::id);
        Map<UUID, Grade> graded = byId(grades.findAllById(ids(handedIn)), Grade::submissionId);
        return handedIn.stream().map(submission -> withVersions.get(submission.id()).toView(activity,
                Optional.ofNullable(graded.get(submission.id())).map(Grade::toView))).toList();
    }

    @Transactional
    public GradeView grade(AccountId actor, ActivityId activity, AccountId learner, GradeInput input) {
        Assignment assignment = load(activity);
        requireStaff(actor, assignment);
        Submission submission = handedIn(assignment, learner);
        Rubric rubric = assignment.rubric();
        int points = rubric.score(input.levels());
        String feedback = AssignmentRichText.sanitise(input.feedback());
        if (feedback != null && feedback.length() > Grade.MAX_FEEDBACK) {
            throw new AssignmentRefusal("feedback", "assignment.grade.feedback.too-long", Grade.MAX_FEEDBACK);
        }
        Grade grade = grades.findById(submission.id()).orElseGet(() -> new Grade(submission.id(), assignment.id()));
        grade.mark(input.levels(), points, rubric.total(), points >= assignment.passMark(), feedback,
                submission.latest().orElseThrow().number(), actor, clock.instant());
        grades.saveAndFlush(grade);
        return grade.toView();
    }

    /** Shows the grade to the learner and announces it, once: releasing again changes nothing. */
    @Transactional
    public GradeView release(AccountId actor, ActivityId activity, AccountId learner) {
        Assignment assignment = load(activity);
        requireStaff(actor, assignment);
        Submission submission = submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value())
                .orElseThrow(() -> new AssignmentRefusal("learner", "assignment.grade.not-submitted"));
        Grade grade = grades.findById(submission.id())
                .orElseThrow(() -> new AssignmentRefusal("grade", "assignment.grade.missing"));
        Instant now = clock.instant();
        if (grade.release(now)) {
            submission.markGraded();
            grades.saveAndFlush(grade);
            events.publishEvent(new AssignmentGraded(activity, learner, grade.passed(), now, actor));
            audit(actor, "assignment.release-grade", assignment,
                    "Released the grade of account " + learner.value() + " for activity " + activity.value());
        }
        return grade.toView();
    }

    /**
     * The learner leaves the assignment (they withdrew, or staff withdrew them): no more submission, and their
     * unstarted reviews, given and received, go to others where possible.
     */
    @Transactional
    public void withdraw(AccountId actor, ActivityId activity, AccountId learner) {
        Assignment assignment = lock(activity);
        if (!learner.equals(actor)) {
            requireStaff(actor, assignment);
        }
        Optional<Submission> found = submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value());
        if (found.isEmpty() || found.get().status() == SubmissionStatus.WITHDRAWN) {
            return;
        }
        Submission submission = found.get();
        Instant now = clock.instant();
        submission.withdraw();
        for (PeerReview review : reviews.findByAssignmentId(assignment.id())) {
            if (review.reviewerId().equals(learner.value()) || review.submissionId().equals(submission.id())) {
                review.cancel(now);
            }
        }
        allocate(assignment, now);
    }

    /** The reviews allocated to the reader, with the peer's latest handed-in version. */
    public List<PeerReviewTask> reviewsToDo(AccountId reviewer, ActivityId activity) {
        Assignment assignment = load(activity);
        if (reviewer == null) {
            throw new AccessDeniedException("sign in");
        }
        List<PeerReview> mine = reviews.findByAssignmentIdAndReviewerIdOrderByAllocatedAtAscIdAsc(assignment.id(),
                        reviewer.value()).stream().filter(PeerReview::live).toList();
        Map<UUID, Submission> reviewed = byId(submissions.findByIdIn(
                mine.stream().map(PeerReview::submissionId).collect(Collectors.toSet())), Submission::id);
        boolean anonymous = assignment.peerReview().anonymous();
        return mine.stream().map(review -> {
            Submission submission = reviewed.get(review.submissionId());
            VersionRecord latest = submission.latest().orElseThrow();
            return new PeerReviewTask(new PeerReviewId(review.id()), activity,
                    anonymous ? Optional.empty() : Optional.of(submission.learner()), latest.text(),
                    latest.fileId(), review.dueAt(), review.status() == PeerReview.Status.GIVEN, review.levels(),
                    review.comment());
        }).toList();
    }

    @Transactional
    public void giveReview(AccountId reviewer, PeerReviewId id, PeerReviewInput input) {
        PeerReview review = reviews.findById(id.value()).orElseThrow(() -> new NotFoundException("review"));
        if (reviewer == null || !review.reviewerId().equals(reviewer.value())) {
            throw new AccessDeniedException("not the reviewer");
        }
        Assignment assignment = assignments.findById(review.assignmentId())
                .orElseThrow(() -> new NotFoundException("assignment"));
        Integer points = input.levels().isEmpty() ? null : assignment.rubric().score(input.levels());
        String comment = input.comment() == null ? "" : input.comment().strip();
        if (comment.length() > PeerReview.MAX_COMMENT) {
            throw new AssignmentRefusal("comment", "assignment.review.comment.too-long", PeerReview.MAX_COMMENT);
        }
        if (points == null && comment.isEmpty()) {
            throw new AssignmentRefusal("comment", "assignment.review.empty");
        }
        review.give(input.levels(), points, comment.isEmpty() ? null : comment, clock.instant());
        reviews.saveAndFlush(review);
    }

    /**
     * The reviews of the reader's submission, once none is still awaited within its time (every allocated
     * review given, or past due); reviewers are named unless the assignment is anonymous.
     */
    public List<ReceivedReview> reviewsReceived(AccountId learner, ActivityId activity) {
        Assignment assignment = load(activity);
        if (learner == null) {
            throw new AccessDeniedException("sign in");
        }
        Optional<Submission> submission = submissions.findByAssignmentIdAndLearnerId(assignment.id(),
                learner.value());
        if (submission.isEmpty()) {
            return List.of();
        }
        List<PeerReview> received = reviews.findBySubmissionIdOrderByGivenAtAscIdAsc(submission.get().id());
        Instant now = clock.instant();
        if (received.stream().anyMatch(review -> review.pendingAt(now))) {
            return List.of();
        }
        boolean anonymous = assignment.peerReview().anonymous();
        return received.stream().filter(review -> review.status() == PeerReview.Status.GIVEN)
                .map(review -> new ReceivedReview(anonymous ? Optional.empty() : Optional.of(review.reviewer()),
                        review.levels(), review.points(), review.comment(), review.givenAt()))
                .toList();
    }

    /**
     * Marks reviews past their due time as missed and hands them to other peers where possible; the reviewers
     * who missed one take no new reviews. Returns how many reviews were missed.
     */
    @Transactional
    public int reallocateOverdueReviews(Instant now) {
        int missed = 0;
        for (UUID id : assignments.withOverdueReviews(now)) {
            Assignment assignment = assignments.lockById(id).orElseThrow();
            for (PeerReview review : reviews.findByAssignmentId(id)) {
                if (review.status() == PeerReview.Status.ALLOCATED && now.isAfter(review.dueAt())) {
                    review.miss(now);
                    missed++;
                }
            }
            allocate(assignment, now);
        }
        return missed;
    }

    private void allocate(Assignment assignment, Instant now) {
        PeerReviewSettings settings = assignment.peerReview();
        if (!settings.enabled()) {
            return;
        }
        reviews.flush();
        List<Submission> submitters = submissions
                .findByAssignmentIdAndFirstSubmittedAtNotNullOrderByFirstSubmittedAtAscIdAsc(assignment.id());
        List<PeerReview> all = reviews.findByAssignmentId(assignment.id());
        Set<UUID> missedSome = all.stream().filter(review -> review.status() == PeerReview.Status.MISSED)
                .map(PeerReview::reviewerId).collect(Collectors.toSet());
        List<Participant> participants = submitters.stream().map(submission -> {
            boolean active = submission.status() != SubmissionStatus.WITHDRAWN;
            UUID author = submission.learner().value();
            return new Participant(submission.id(), author, active, active && !missedSome.contains(author));
        }).toList();
        List<Allocation> live = all.stream().filter(PeerReview::live).map(review -> new Allocation(
                review.reviewerId(), review.submissionId(), review.status() == PeerReview.Status.ALLOCATED)).toList();
        PeerReviewAllocator.Plan plan = new PeerReviewAllocator(settings.reviewsPerSubmission(), participants, live)
                .allocate();
        Set<Allocation> cancelled = new HashSet<>(plan.cancelled());
        for (PeerReview review : all) {
            if (review.status() == PeerReview.Status.ALLOCATED
                    && cancelled.contains(new Allocation(review.reviewerId(), review.submissionId(), true))) {
                review.cancel(now);
            }
        }
        reviews.flush();
        Instant due = now.plus(settings.reviewTime());
        for (Allocation allocation : plan.added()) {
            reviews.save(new PeerReview(assignment.id(), allocation.submission(), allocation.reviewer(), now, due));
        }
        reviews.flush();
    }

    private Submission handedIn(Assignment assignment, AccountId learner) {
        return submissions.findByAssignmentIdAndLearnerId(assignment.id(), learner.value())
                .filter(Submission::handedIn)
                .orElseThrow(() -> new AssignmentRefusal("learner", "assignment.grade.not-submitted"));
    }

    private Optional<GradeView> grade(Submission submission) {
        return grades.findById(submission.id()).map(Grade::toView);
    }

    private Assignment load(ActivityId activity) {
        return assignments.findByActivityId(activity.value()).orElseThrow(() -> new NotFoundException("assignment"));
    }

    private Assignment lock(ActivityId activity) {
        return assignments.lockById(load(activity).id()).orElseThrow(() -> new NotFoundException("assignment"));
    }

    private void requireStaff(AccountId actor, Assignment assignment) {
        if (!checks.isStaff(actor, assignment.activity())) {
            throw new AccessDeniedException("not staff of the course of activity " + assignment.activity().value());
        }
    }

    private void requireLearner(AccountId learner, Assignment assignment) {
        if (!checks.isEnrolledLearner(learner, assignment.activity())) {
            throw new AccessDeniedException("not a learner of this assignment's course");
        }
    }

    /** A learner hands in only a file they uploaded for this very assignment, never another file of the store. */
    private void requireOwnFile(AccountId learner, ActivityId activity, SubmissionDraft draft) {
        if (draft.file() != null && media.find(new MediaFileId(draft.file()))
                .filter(file -> learner.equals(file.submittedBy()) && activity.equals(file.activity())).isEmpty()) {
            throw new AssignmentRefusal("file", "assignment.submission.file.unknown");
        }
    }

    private static void requireAccepted(DeadlineRule.Verdict verdict) {
        switch (verdict) {
            case REFUSED_PAST_DUE -> throw new AssignmentRefusal("submission", "assignment.submission.past-due");
            case REFUSED_PAST_CUT_OFF ->
                    throw new AssignmentRefusal("submission", "assignment.submission.past-cut-off");
            default -> {
            }
        }
    }

    private static Set<UUID> ids(Collection<Submission> list) {
        return list.stream().map(Submission::id).collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(Collection<T> list, Function<T, UUID> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private void audit(AccountId actor, String action, Assignment assignment, String summary) {
        events.publishEvent(new AdministrativeActionTaken(actor == null ? null : actor.value(), action, "assignment",
                assignment.id().toString(), summary, clock.instant()));
    }
}
