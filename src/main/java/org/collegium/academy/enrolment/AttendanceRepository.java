package org.collegium.academy.enrolment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.key.sessionId = :session")
    List<Attendance> findBySession(UUID session);

    /** Per enrolment, the sessions of the run it was marked present at: one statement. */
    @Query("select a.key.enrolmentId as enrolment, count(a) as total from Attendance a where a.present = true"
            + " and a.key.sessionId in (select s.id from LiveSession s where s.runId = :run) group by a.key.enrolmentId")
    List<CompletionRepository.PerEnrolment> presentByRun(UUID run);

    @Query("select count(distinct a.key.sessionId) from Attendance a"
            + " where a.key.sessionId in (select s.id from LiveSession s where s.runId = :run)")
    long sessionsTaken(UUID run);
}
