package org.collegium.academy.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import org.collegium.academy.ActivityId;
import org.collegium.academy.QuestionId;
import org.collegium.academy.QuizAnswer;
import org.collegium.academy.QuizAttemptId;
import org.collegium.academy.QuizAttemptStatus;
import org.collegium.academy.QuizRefusal;
import org.collegium.identity.AccountId;
import org.hibernate.annotations.BatchSize;

/**
 * One learner's attempt at a quiz. Its questions, their order and the seed of its choices' order are frozen when it
 * starts; it takes answers until its deadline, then is graded once, on submission or when found overdue.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    @Id
    private UUID id;

    @Column(name = "quiz_id", nullable = false)
    private UUID quizId;

    @Column(name = "activity_id", nullable = false)
    private UUID activityId;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuizAttemptStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "time_limit_end")
    private Instant timeLimitEnd;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "overdue_by")
    private Deadline.Kind overdueBy;

    @Column(precision = 10, scale = 2)
    private BigDecimal score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    private Boolean passed;

    @ElementCollection
    @CollectionTable(name = "quiz_attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<AttemptItem> items = new ArrayList<>();

    @Version
    private long version;

    protected QuizAttempt() {
    }

    QuizAttempt(Quiz quiz, AccountId learner, int number, long seed, List<Question> questions, Instant now) {
        this.id = UUID.randomUUID();
        this.quizId = quiz.id();
        this.activityId = quiz.activity().value();
        this.learnerId = learner.value();
        this.number = number;
        this.seed = seed;
        this.status = QuizAttemptStatus.IN_PROGRESS;
        this.startedAt = now;
        this.timeLimitEnd = quiz.timeLimitEnd(now);
        for (Question question : questions) {
            items.add(AttemptItem.unanswered(question.id().value(), question.points()));
            maxScore += question.points();
        }
    }

    Deadline deadline(Quiz quiz) {
        return new Deadline(timeLimitEnd, quiz.closesAt());
    }

    /** Saves answers in place of earlier ones; refused as a whole if one does not fit, so nothing half-saved. */
    void answer(Map<QuestionId, QuizAnswer> answers, Map<UUID, Question> questions) {
        if (status != QuizAttemptStatus.IN_PROGRESS) {
            throw new QuizRefusal("attempt", "quiz.answers.finished");
        }
        List<AttemptItem> updated = new ArrayList<>(items);
        for (Map.Entry<QuestionId, QuizAnswer> entry : answers.entrySet()) {
            int index = indexOf(entry.getKey().value());
            Question question = questions.get(entry.getKey().value());
            if (index < 0 || question == null) {
                throw new QuizRefusal("answers", "quiz.answer.invalid");
            }
            Grading.check(question, entry.getValue());
            updated.set(index, updated.get(index).answering(question.kind(), entry.getValue()));
        }
        for (int i = 0; i < items.size(); i++) {
            if (!updated.get(i).equals(items.get(i))) {
                items.set(i, updated.get(i));
            }
        }
    }

    /** Grades what was saved and closes the attempt, submitted in time or overdue. Once only. */
    void finish(Map<UUID, Question> questions, int passMark, Deadline.Kind overdue, Instant now) {
        if (status != QuizAttemptStatus.IN_PROGRESS) {
            throw new IllegalStateException("attempt " + id + " is already " + status);
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < items.size(); i++) {
            AttemptItem item = items.get(i);
            BigDecimal awarded = Grading.award(questions.get(item.questionId()), item.answer(), item.points());
            items.set(i, item.graded(awarded));
            total = total.add(awarded);
        }
        this.score = total;
        this.passed = Grading.passes(total, maxScore, passMark);
        this.status = overdue == null ? QuizAttemptStatus.SUBMITTED : QuizAttemptStatus.OVERDUE;
        this.overdueBy = overdue;
        this.finishedAt = now;
    }

    private int indexOf(UUID question) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).questionId().equals(question)) {
                return i;
            }
        }
        return -1;
    }

    QuizAttemptId id() {
        return new QuizAttemptId(id);
    }

    UUID quizId() {
        return quizId;
    }

    ActivityId activity() {
        return new ActivityId(activityId);
    }

    AccountId learner() {
        return new AccountId(learnerId);
    }

    boolean belongsTo(AccountId account) {
        return account != null && learnerId.equals(account.value());
    }

    int number() {
        return number;
    }

    long seed() {
        return seed;
    }

    QuizAttemptStatus status() {
        return status;
    }

    boolean inProgress() {
        return status == QuizAttemptStatus.IN_PROGRESS;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    Deadline.Kind overdueBy() {
        return overdueBy;
    }

    BigDecimal score() {
        return score;
    }

    int maxScore() {
        return maxScore;
    }

    boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    List<AttemptItem> items() {
        return List.copyOf(items);
    }
}
