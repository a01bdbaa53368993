package org.collegium.academy.enrolment;

import java.time.Instant;
import java.time.ZoneId;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.RunKind;
import org.collegium.academy.RunPlan;
import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.ContentLanguages;
import org.hibernate.annotations.BatchSize;

/**
 * A run of a course: self-paced and always open, or a cohort with an enrolment window, dates and seats.
 * Its row is the lock that serialises enrolment, so that seats are never given twice.
 */
@Entity
@Table(name = "course_run")
class CourseRun {

    static final int MAX_CAPACITY = 100_000;

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentPolicy policy;

    @Column(nullable = false)
    private String language;

    private Integer capacity;

    @Column(name = "enrolment_opens_at")
    private Instant enrolmentOpens;

    @Column(name = "enrolment_closes_at")
    private Instant enrolmentCloses;

    @Column(name = "starts_at")
    private Instant starts;

    @Column(name = "ends_at")
    private Instant ends;

    @Column(nullable = false)
    private String zone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "course_run_facilitator", joinColumns = @JoinColumn(name = "run_id"))
    @Column(name = "account_id")
    private Set<UUID> facilitators = new HashSet<>();

    protected CourseRun() {
    }

    CourseRun(CourseId course, RunPlan plan, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = course.value();
        this.createdAt = now;
        plan(plan);
    }

    void plan(RunPlan plan) {
        if (plan.kind() == null) {
            throw new CourseRefusal("kind", "enrolment.run.kind.required");
        }
        if (plan.policy() == null) {
            throw new CourseRefusal("policy", "enrolment.run.policy.required");
        }
        if (!ContentLanguages.isKnown(plan.language())) {
            throw new CourseRefusal("language", "enrolment.run.language.unknown");
        }
        if (plan.zone() == null) {
            throw new CourseRefusal("zone", "enrolment.run.zone.required");
        }
        this.kind = plan.kind();
        this.policy = plan.policy();
        this.language = plan.language();
        this.zone = plan.zone().getId();
        this.facilitators.retainAll(plan.facilitators().stream().map(AccountId::value).toList());
        plan.facilitators().forEach(account -> facilitators.add(account.value()));
        if (kind == RunKind.SELF_PACED) {
            this.capacity = null;
            this.enrolmentOpens = null;
            this.enrolmentCloses = null;
            this.starts = null;
            this.ends = null;
            return;
        }
        if (plan.capacity() != null && (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY)) {
            throw new CourseRefusal("capacity", "enrolment.run.capacity.invalid", MAX_CAPACITY);
        }
        if (plan.starts() == null) {
            throw new CourseRefusal("starts", "enrolment.run.starts.required");
        }
        if (plan.ends() == null || !plan.ends().isAfter(plan.starts())) {
            throw new CourseRefusal("ends", "enrolment.run.ends.invalid");
        }
        if (plan.enrolmentOpens() != null && plan.enrolmentCloses() != null
                && !plan.enrolmentCloses().isAfter(plan.enrolmentOpens())) {
            throw new CourseRefusal("enrolmentCloses", "enrolment.run.window.invalid");
        }
        if (plan.enrolmentCloses() != null && plan.enrolmentCloses().isAfter(plan.ends())) {
            throw new CourseRefusal("enrolmentCloses", "enrolment.run.window.after-end");
        }
        this.capacity = plan.capacity();
        this.enrolmentOpens = plan.enrolmentOpens();
        this.enrolmentCloses = plan.enrolmentCloses();
        this.starts = plan.starts();
        this.ends = plan.ends();
    }

    /** Self-paced runs are always open; a cohort from its window's opening until it closes (or the run ends). */
    boolean enrolmentOpenAt(Instant now) {
        if (kind == RunKind.SELF_PACED) {
            return true;
        }
        boolean opened = enrolmentOpens == null || !now.isBefore(enrolmentOpens);
        Instant closes = enrolmentCloses != null ? enrolmentCloses : ends;
        return opened && now.isBefore(closes);
    }

    /** Whether enrolment is not open yet (as opposed to closed already). */
    boolean opensLaterThan(Instant now) {
        return kind == RunKind.COHORT && enrolmentOpens != null && now.isBefore(enrolmentOpens);
    }

    boolean hasSeatFor(long taken) {
        return capacity == null || taken < capacity;
    }

    CourseRunId id() {
        return new CourseRunId(id);
    }

    CourseId course() {
        return new CourseId(courseId);
    }

    RunKind kind() {
        return kind;
    }

    EnrolmentPolicy policy() {
        return policy;
    }

    String language() {
        return language;
    }

    Integer capacity() {
        return capacity;
    }

    Instant enrolmentOpens() {
        return enrolmentOpens;
    }

    Instant enrolmentCloses() {
        return enrolmentCloses;
    }

    Instant starts() {
        return starts;
    }

    Instant ends() {
        return ends;
    }

    ZoneId zone() {
        return ZoneId.of(zone);
    }

    Instant createdAt() {
        return createdAt;
    }

    List<AccountId> facilitators() {
        return facilitators.stream().sorted().map(AccountId::new).toList();
    }

    boolean isFacilitatedBy(AccountId account) {
        return facilitators.contains(account.value());
    }
}
