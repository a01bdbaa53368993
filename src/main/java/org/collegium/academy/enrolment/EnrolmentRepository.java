package org.collegium.academy.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.collegium.academy.EnrolmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, UUID> {

    @Query("select e from Enrolment e where e.runId = :run and e.learnerId = :learner")
    Optional<Enrolment> find(UUID run, UUID learner);

    @Query("select count(e) from Enrolment e where e.runId = :run and e.status in :statuses")
    long count(UUID run, Collection<EnrolmentStatus> statuses);

    @Query("select coalesce(max(e.queueNumber), 0) from Enrolment e where e.runId = :run")
    long lastQueueNumber(UUID run);

    @Query("select e from Enrolment e where e.runId = :run and e.status = org.collegium.academy.EnrolmentStatus.WAITING"
            + " order by e.queueNumber, e.id")
    List<Enrolment> waiting(UUID run);

    @Query("select e from Enrolment e where e.runId = :run order by e.requestedAt, e.id")
    List<Enrolment> findByRun(UUID run);

    @Query("select e from Enrolment e where e.learnerId = :learner order by e.requestedAt desc, e.id")
    List<Enrolment> findByLearner(UUID learner);

    @Query("select e from Enrolment e where e.learnerId = :learner and e.courseId = :course")
    List<Enrolment> findByLearnerAndCourse(UUID learner, UUID course);

    @Query("select e from Enrolment e where e.learnerId = :learner and e.runId in :runs")
    List<Enrolment> findByLearnerInRuns(UUID learner, Collection<UUID> runs);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrolment e where e.id = :id")
    Optional<Enrolment> lockById(UUID id);

    @Query("select count(e) > 0 from Enrolment e where e.learnerId = :learner and e.courseId = :course"
            + " and e.status in (org.collegium.academy.EnrolmentStatus.ACTIVE, org.collegium.academy.EnrolmentStatus.COMPLETED)")
    boolean learns(UUID learner, UUID course);

    @Query("select distinct e.learnerId from Enrolment e where e.courseId = :course"
            + " and e.status in (org.collegium.academy.EnrolmentStatus.ACTIVE, org.collegium.academy.EnrolmentStatus.COMPLETED)")
    List<UUID> learnersOf(UUID course);

    /** Seats taken and learners waiting per run, for lists of runs: one statement whatever their number. */
    @Query("select e.runId as run, e.status as status, count(*) as total from Enrolment e where e.runId in :runs"
            + " group by e.runId, e.status")
    List<StatusCount> countByStatus(Collection<UUID> runs);

    interface StatusCount {
        UUID getRun();

        EnrolmentStatus getStatus();

        long getTotal();
    }

    @Query("select e from Enrolment e where e.runId in :runs order by e.requestedAt, e.id")
    List<Enrolment> findByRuns(Collection<UUID> runs);

    /** The learners of a run (active or completed) without loading them as entities. */
    @Query("select e.id as id, e.learnerId as learner, e.status as status, e.requestedAt as requestedAt"
            + " from Enrolment e where e.runId = :run and e.status in (org.collegium.academy.EnrolmentStatus.ACTIVE,"
            + " org.collegium.academy.EnrolmentStatus.COMPLETED) order by e.requestedAt, e.id")
    List<Member> members(UUID run);

    interface Member {
        UUID getId();

        UUID getLearner();

        EnrolmentStatus getStatus();

        java.time.Instant getRequestedAt();
    }

    /**
     * Per run of the academy, its places (active or completed), those that completed an activity after {@code since}
     * and completions: one statement, nothing loaded but the sums.
     */
    @Query("select e.runId as run, e.courseId as course, count(e) as enrolments," + ACTIVE + " as active,"
            + COMPLETED + " as completions from Enrolment e where" + IN_ACADEMY + " group by e.runId, e.courseId")
    List<Sums> sumsPerRun(UUID academy, java.time.Instant since);

    /** Per learner of the academy's runs, the same sums: one statement. */
    @Query("select e.learnerId as learner, count(e) as enrolments," + ACTIVE + " as active," + COMPLETED
            + " as completions from Enrolment e where" + IN_ACADEMY + " group by e.learnerId")
    List<Sums> sumsPerLearner(UUID academy, java.time.Instant since);

    /** Places that completed an activity after {@code :since}. */
    String ACTIVE = " sum(case when exists (select 1 from ActivityCompletion c where c.key.enrolmentId = e.id"
            + " and c.completedAt > :since) then 1 else 0 end)";

    String COMPLETED = " sum(case when e.status = org.collegium.academy.EnrolmentStatus.COMPLETED then 1 else 0 end)";

    /** Places held (active or completed) in courses of {@code :academy}. */
    String IN_ACADEMY = " e.status in (org.collegium.academy.EnrolmentStatus.ACTIVE,"
            + " org.collegium.academy.EnrolmentStatus.COMPLETED)"
            + " and e.courseId in (select co.id from Course co where co.academyId = :academy)";

    /** Sums of places; {@code run} and {@code course}, or {@code learner}, say what they are of. */
    interface Sums {
        UUID getRun();

        UUID getCourse();

        UUID getLearner();

        Number getEnrolments();

        Number getActive();

        Number getCompletions();
    }
}
