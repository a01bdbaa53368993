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
}
