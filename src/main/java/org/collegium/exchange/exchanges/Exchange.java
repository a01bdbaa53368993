package org.collegium.exchange.exchanges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collegium.academy.CourseRunId;
import org.collegium.exchange.CallId;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.SubmittedExpression;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An exchange; it guards its status, which moves one step at a time, and its plan, frozen once it is completed. */
@Entity
@Table(name = "exchange_exchange")
class Exchange {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programme;

    @Column(name = "call_id", nullable = false)
    private UUID call;

    @Column(name = "request_id", nullable = false)
    private UUID request;

    @Column(name = "expression_id", nullable = false)
    private UUID expression;

    @Column(name = "municipality_id", nullable = false)
    private UUID municipality;

    @Column(name = "association_id", nullable = false)
    private UUID association;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExchangeMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExchangeStatus status;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String places;

    private String preparation;

    @Column(name = "course_run_id")
    private UUID courseRun;

    @ElementCollection
    @CollectionTable(name = "exchange_participant", joinColumns = @JoinColumn(name = "exchange_id"))
    @OrderColumn(name = "position")
    private List<Person> participants = new ArrayList<>();

    @Column(name = "report_done")
    private String reportDone;

    @Column(name = "report_results")
    private String reportResults;

    @Column(name = "report_lessons")
    private String reportLessons;

    @Column(name = "report_next")
    private String reportNext;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Exchange() {
    }

    Exchange(SubmittedExpression expression, OrganisationId association, ExchangePlan plan, AccountId by, Instant now) {
        this.id = UUID.randomUUID();
        this.programme = expression.programme().value();
        this.call = expression.call().value();
        this.request = expression.request().value();
        this.expression = expression.id().value();
        this.municipality = expression.municipality().value();
        this.association = association.value();
        this.status = ExchangeStatus.PLANNED;
        this.createdBy = by.value();
        this.createdAt = now;
        this.statusChangedAt = now;
        plan(plan);
    }

    /** Replaces the plan, until the exchange is completed. */
    void plan(ExchangePlan plan) {
        if (!status.planOpen()) {
            throw new ExchangeRefusal(null, "exchanges.plan.frozen");
        }
        this.method = plan.method();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.places = plan.places().strip();
        this.preparation = plan.preparation() == null || plan.preparation().isBlank() ? null : plan.preparation().strip();
        this.courseRun = plan.courseRun() == null ? null : plan.courseRun().value();
        this.participants.clear();
        plan.participants().stream().map(Person::new).forEach(participants::add);
    }

    /** Moves to the next status; the last step, to reported, only comes with the report. */
    ExchangeStatus advance(ExchangeStatus to, Instant now) {
        if (to == null || to != status.next() || to == ExchangeStatus.REPORTED) {
            throw new ExchangeRefusal("status", "exchanges.status.step", status.name());
        }
        this.status = to;
        this.statusChangedAt = now;
        return status;
    }

    void report(JointReport report, Instant now) {
        if (status != ExchangeStatus.COMPLETED) {
            throw new ExchangeRefusal(null, "exchanges.report.not-completed");
        }
        this.reportDone = report.done().strip();
        this.reportResults = report.results().strip();
        this.reportLessons = report.lessonsLearned().strip();
        this.reportNext = report.nextSteps().strip();
        this.reportedAt = now;
        this.status = ExchangeStatus.REPORTED;
        this.statusChangedAt = now;
    }

    ExchangeId id() {
        return new ExchangeId(id);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programme);
    }

    OrganisationId municipality() {
        return new OrganisationId(municipality);
    }

    OrganisationId association() {
        return new OrganisationId(association);
    }

    ExchangeStatus status() {
        return status;
    }

    ExchangeView view(List<BudgetLineView> lines) {
        JointReport report = reportedAt == null ? null
                : new JointReport(reportDone, reportResults, reportLessons, reportNext);
        return new ExchangeView(new ExchangeId(id), new ProgrammeId(programme), new CallId(call),
                new ExpertiseRequestId(request), new ExpressionOfInterestId(expression), new OrganisationId(municipality),
                new OrganisationId(association), method, status, startsOn, endsOn, places, preparation,
                courseRun == null ? null : new CourseRunId(courseRun), participants.stream().map(Person::view).toList(),
                lines, report, reportedAt);
    }

    @Embeddable
    static class Person {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Side side;

        @Column(name = "group_number", nullable = false)
        private int group;

        @Column(name = "account_id")
        private UUID account;

        @Column(nullable = false)
        private String name;

        @Column(nullable = false)
        private String organisation;

        @Column(name = "job_title")
        private String jobTitle;

        protected Person() {
        }

        Person(Participant participant) {
            this.side = participant.side();
            this.group = participant.group();
            this.account = participant.account() == null ? null : participant.account().value();
            this.name = participant.name().strip();
            this.organisation = participant.organisation().strip();
            this.jobTitle = participant.jobTitle() == null || participant.jobTitle().isBlank() ? null
                    : participant.jobTitle().strip();
        }

        Participant view() {
            return new Participant(side, group, account == null ? null : new AccountId(account), name, organisation,
                    jobTitle);
        }
    }
}
