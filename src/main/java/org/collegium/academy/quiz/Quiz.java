package org.collegium.academy.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizFeedback;
import org.collegium.academy.QuizRefusal;
import org.collegium.academy.QuizSettings;

/**
 * The quiz of one activity: which questions of its academy's bank it asks, and how it is taken.
 */
@Entity
@Table(name = "quiz")
class Quiz {

    static final int MAX_QUESTIONS = 200;

    @Id
    private UUID id;

    @Column(name = "activity_id", nullable = false, unique = true)
    private UUID activityId;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @ElementCollection
    @CollectionTable(name = "quiz_fixed_question", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id")
    private List<UUID> fixedQuestions = new ArrayList<>();

    @Column(name = "draw_count", nullable = false)
    private int drawCount;

    @ElementCollection
    @CollectionTable(name = "quiz_draw_tag", joinColumns = @JoinColumn(name = "quiz_id"))
    @Column(name = "tag")
    private Set<String> drawTags = new HashSet<>();

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_choices", nullable = false)
    private boolean shuffleChoices;

    @Column(name = "attempts_limit", nullable = false)
    private int attemptsLimit;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuizFeedback feedback;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Quiz() {
    }

    Quiz(AcademyId academy, ActivityId activity, QuizSettings settings, Instant now) {
        this.id = UUID.randomUUID();
        this.academyId = academy.value();
        this.activityId = activity.value();
        configure(settings, now);
    }

    /** Checks and takes the settings; the questions' membership of the bank is checked by the caller. */
    void configure(QuizSettings settings, Instant now) {
        if (settings.questions().isEmpty() == (settings.drawCount() <= 0)) {
            throw new QuizRefusal("questions", "quiz.settings.questions-or-draw");
        }
        if (settings.questions().size() > MAX_QUESTIONS || settings.drawCount() > MAX_QUESTIONS) {
            throw new QuizRefusal("questions", "quiz.settings.too-many-questions", MAX_QUESTIONS);
        }
        if (settings.questions().stream().distinct().count() != settings.questions().size()) {
            throw new QuizRefusal("questions", "quiz.settings.question-repeated");
        }
        if (settings.attemptsLimit() < 0 || settings.attemptsLimit() > 100) {
            throw new QuizRefusal("attemptsLimit", "quiz.settings.attempts-invalid", 0, 100);
        }
        if (settings.timeLimitMinutes() != null
                && (settings.timeLimitMinutes() < 1 || settings.timeLimitMinutes() > 24 * 60)) {
            throw new QuizRefusal("timeLimitMinutes", "quiz.settings.time-limit-invalid", 1, 24 * 60);
        }
        if (settings.opensAt() != null && settings.closesAt() != null
                && !settings.opensAt().isBefore(settings.closesAt())) {
            throw new QuizRefusal("closesAt", "quiz.settings.closes-before-opening");
        }
        if (settings.passMark() < 0 || settings.passMark() > 100) {
            throw new QuizRefusal("passMark", "quiz.settings.pass-mark-invalid", 0, 100);
        }
        if (settings.feedback() == null) {
            throw new QuizRefusal("feedback", "quiz.settings.feedback-missing");
        }
        fixedQuestions.clear();
        settings.questions().forEach(question -> fixedQuestions.add(question.value()));
        drawCount = settings.drawsAtRandom() ? settings.drawCount() : 0;
        drawTags.clear();
        if (settings.drawsAtRandom()) {
            settings.drawTags().forEach(tag -> drawTags.add(Question.tag(tag)));
        }
        shuffleQuestions = settings.shuffleQuestions();
        shuffleChoices = settings.shuffleChoices();
        attemptsLimit = settings.attemptsLimit();
        timeLimitMinutes = settings.timeLimitMinutes();
        opensAt = settings.opensAt();
        closesAt = settings.closesAt();
        passMark = settings.passMark();
        feedback = settings.feedback();
        updatedAt = now;
    }

    QuizSettings settings() {
        return new QuizSettings(fixedQuestions.stream().map(QuestionId::new).toList(), drawCount, Set.copyOf(drawTags),
                shuffleQuestions, shuffleChoices, attemptsLimit, timeLimitMinutes, opensAt, closesAt, passMark,
                feedback);
    }

    /** Refuses a new attempt before the opening or from the closing date. */
    void checkOpenAt(Instant now) {
        if (opensAt != null && now.isBefore(opensAt)) {
            throw new QuizRefusal("quiz", "quiz.start.not-open", opensAt);
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            throw new QuizRefusal("quiz", "quiz.start.closed", closesAt);
        }
    }

    void checkAttemptsLeft(int used) {
        if (attemptsLimit > 0 && used >= attemptsLimit) {
            throw new QuizRefusal("quiz", "quiz.start.attempts-used", attemptsLimit);
        }
    }

    /** The end of the time limit of an attempt started now, or null without a time limit. */
    Instant timeLimitEnd(Instant startedAt) {
        return timeLimitMinutes == null ? null : startedAt.plus(Duration.ofMinutes(timeLimitMinutes));
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

    List<UUID> fixedQuestions() {
        return List.copyOf(fixedQuestions);
    }

    boolean drawsAtRandom() {
        return fixedQuestions.isEmpty();
    }

    int drawCount() {
        return drawCount;
    }

    Set<String> drawTags() {
        return Set.copyOf(drawTags);
    }

    boolean shuffleQuestions() {
        return shuffleQuestions;
    }

    boolean shuffleChoices() {
        return shuffleChoices;
    }

    int attemptsLimit() {
        return attemptsLimit;
    }

    Instant closesAt() {
        return closesAt;
    }

    int passMark() {
        return passMark;
    }

    QuizFeedback feedback() {
        return feedback;
    }
}
