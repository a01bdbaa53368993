package org.collegium.academy.enrolment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompletionRepository extends JpaRepository<ActivityCompletion, ActivityCompletion.Key> {

    @Query("select c from ActivityCompletion c where c.key.enrolmentId in :enrolments")
    List<ActivityCompletion> findByEnrolments(Collection<java.util.UUID> enrolments);

    /** Per enrolment of the runs, how many of the activities it completed: one statement. */
    @Query("select c.key.enrolmentId as enrolment, count(c) as total from ActivityCompletion c"
            + " where c.key.enrolmentId in (select e.id from Enrolment e where e.runId in :runs)"
            + " and c.key.activityId in :activities group by c.key.enrolmentId")
    List<PerEnrolment> countDone(java.util.Collection<java.util.UUID> runs, java.util.Collection<java.util.UUID> activities);

    /** Per enrolment of the runs, when it last completed an activity: one statement. */
    @Query("select c.key.enrolmentId as enrolment, max(c.completedAt) as last from ActivityCompletion c"
            + " where c.key.enrolmentId in (select e.id from Enrolment e where e.runId in :runs)"
            + " group by c.key.enrolmentId")
    List<LastActivity> lastActivities(java.util.Collection<java.util.UUID> runs);

    interface PerEnrolment {
        java.util.UUID getEnrolment();

        long getTotal();
    }

    interface LastActivity {
        java.util.UUID getEnrolment();

        java.time.Instant getLast();
    }
}
