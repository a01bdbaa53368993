package org.collegium.academy.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.AssignmentRefusal;
import org.collegium.academy.AssignmentSettings;
import org.collegium.academy.AssignmentView;
import org.collegium.academy.LatePolicy;
import org.collegium.academy.PeerReviewSettings;
import org.collegium.academy.RubricCriterion;
import org.collegium.academy.RubricLevel;
import org.collegium.academy.SubmissionType;

/** An assignment of one activity: instructions, what to hand in, deadlines, rubric and peer review. */
@Entity
@Table(name = "assignment")
class Assignment {

    static final int MAX_INSTRUCTIONS = 40_000;
    static final int MAX_PEER_REVIEWS = 10;
    static final Duration MIN_REVIEW_TIME = Duration.ofHours(1);
    static final Duration MAX_REVIEW_TIME = Duration.ofDays(365);

    @Id
    private UUID id;

    @Column(name = "activity_id", nullable = false, unique = true)
    private UUID activityId;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Column(length = MAX_INSTRUCTIONS)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_type", nullable = false)
    private SubmissionType submissionType;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    private LatePolicy latePolicy;

    @Column(name = "cut_off_at")
    private Instant cutOffAt;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "peer_reviews", nullable = false)
    private int peerReviews;

    @Column(name = "peer_review_seconds")
    private Long peerReviewSeconds;

    @Column(name = "peer_review_anonymous", nullable = false)
    private boolean peerReviewAnonymous;

    @ElementCollection
    @CollectionTable(name = "assignment_rubric_level", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderBy("criterionPosition ASC, levelPosition ASC")
    private List<RubricCell> rubric = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(ActivityId activity, AcademyId academy, AssignmentSettings settings, Instant now) {
        this.id = UUID.randomUUID();
        this.activityId = activity.value();
        this.academyId = academy.value();
        this.createdAt = now;
        configure(settings);
    }

    /** Applies settings after checking them all, so that a refusal changes nothing. */
    void configure(AssignmentSettings settings) {
        if (settings.submissionType() == null) {
            throw new AssignmentRefusal("submissionType", "assignment.submission-type.missing");
        }
        if (settings.dueAt() == null) {
            throw new AssignmentRefusal("dueAt", "assignment.due.missing");
        }
        if (settings.latePolicy() == null) {
            throw new AssignmentRefusal("latePolicy", "assignment.late-policy.missing");
        }
        Instant due = settings.dueAt().truncatedTo(ChronoUnit.SECONDS);
        Instant cutOff = settings.cutOffAt() == null ? null : settings.cutOffAt().truncatedTo(ChronoUnit.SECONDS);
        if (cutOff != null && cutOff.isBefore(due)) {
            throw new AssignmentRefusal("cutOffAt", "assignment.cut-off.before-due");
        }
        Rubric checked = Rubric.of(settings.rubric());
        if (settings.passMark() < 0 || settings.passMark() > checked.total()) {
            throw new AssignmentRefusal("passMark", "assignment.pass-mark.range", checked.total());
        }
        PeerReviewSettings peer = settings.peerReview();
        if (peer.reviewsPerSubmission() < 0 || peer.reviewsPerSubmission() > MAX_PEER_REVIEWS) {
            throw new AssignmentRefusal("peerReview", "assignment.peer-review.count", MAX_PEER_REVIEWS);
        }
        if (peer.enabled() && (peer.reviewTime() == null || peer.reviewTime().compareTo(MIN_REVIEW_TIME) < 0
                || peer.reviewTime().compareTo(MAX_REVIEW_TIME) > 0)) {
            throw new AssignmentRefusal("peerReview", "assignment.peer-review.time");
        }
        String sanitised = AssignmentRichText.sanitise(settings.instructions());
        if (sanitised != null && sanitised.length() > MAX_INSTRUCTIONS) {
            throw new AssignmentRefusal("instructions", "assignment.instructions.too-long", MAX_INSTRUCTIONS);
        }
        this.instructions = sanitised;
        this.submissionType = settings.submissionType();
        this.dueAt = due;
        this.latePolicy = settings.latePolicy();
        this.cutOffAt = cutOff;
        this.passMark = settings.passMark();
        this.peerReviews = peer.reviewsPerSubmission();
        this.peerReviewSeconds = peer.enabled() ? peer.reviewTime().toSeconds() : null;
        this.peerReviewAnonymous = peer.anonymous();
        List<RubricCell> cells = new ArrayList<>();
        for (int c = 0; c < checked.criteria().size(); c++) {
            RubricCriterion criterion = checked.criteria().get(c);
            for (int l = 0; l < criterion.levels().size(); l++) {
                RubricLevel level = criterion.levels().get(l);
                cells.add(new RubricCell(c, criterion.title(), l, level.title(), level.points()));
            }
        }
        this.rubric.clear();
        this.rubric.addAll(cells);
    }

    UUID id() {
        return id;
    }

    ActivityId activity() {
        return new ActivityId(activityId);
    }

    AcademyId academy() {
        return new AcademyId(academyId);
    }

    DeadlineRule deadline() {
        return new DeadlineRule(dueAt, latePolicy, cutOffAt);
    }

    SubmissionType submissionType() {
        return submissionType;
    }

    int passMark() {
        return passMark;
    }

    PeerReviewSettings peerReview() {
        return peerReviews == 0 ? PeerReviewSettings.off()
                : new PeerReviewSettings(peerReviews, Duration.ofSeconds(peerReviewSeconds), peerReviewAnonymous);
    }

    Rubric rubric() {
        Map<Integer, String> titles = new TreeMap<>();
        Map<Integer, List<RubricLevel>> levels = new TreeMap<>();
        rubric.stream().sorted(java.util.Comparator.comparingInt(RubricCell::criterionPosition)
                        .thenComparingInt(RubricCell::levelPosition))
                .forEach(cell -> {
                    titles.put(cell.criterionPosition(), cell.criterionTitle());
                    levels.computeIfAbsent(cell.criterionPosition(), key -> new ArrayList<>())
                            .add(new RubricLevel(cell.levelTitle(), cell.points()));
                });
        return new Rubric(titles.keySet().stream()
                .map(position -> new RubricCriterion(titles.get(position), levels.get(position))).toList());
    }

    AssignmentView toView() {
        Rubric current = rubric();
        return new AssignmentView(activity(), academy(), instructions, submissionType, dueAt, latePolicy, cutOffAt,
                current.criteria(), current.total(), passMark, peerReview());
    }
}
