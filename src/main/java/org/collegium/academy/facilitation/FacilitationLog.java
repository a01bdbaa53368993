package org.collegium.academy.facilitation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AnnouncementPosted;
import org.collegium.academy.AssignmentGraded;
import org.collegium.academy.AttendanceTaken;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.academy.DiscussionModerated;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What facilitators did, written in the transaction of the deed itself (so a refused deed leaves no line), from the
 * events the owning packages publish; read per facilitator or per academy.
 */
@Service
@Transactional(readOnly = true)
public class FacilitationLog {

    static final int SHOWN = 300;

    private final JdbcTemplate jdbc;
    private final Courses courses;
    private final CourseAccess access;
    private final Accounts accounts;

    FacilitationLog(JdbcTemplate jdbc, Courses courses, CourseAccess access, Accounts accounts) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.access = access;
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    void on(AssignmentGraded graded) {
        if (graded.grader() == null) {
            return;
        }
        access.activity(graded.activity()).ifPresent(activity -> record(activity.academy(), graded.grader(),
                LogAction.GRADE_RELEASED, activity.course(), null, activity.titleIn(java.util.Locale.ENGLISH).text(),
                0, 0, graded.at()));
    }

    @EventListener
    @Transactional
    void on(DiscussionModerated moderated) {
        record(moderated.academy(), moderated.moderator(), LogAction.DISCUSSION_MODERATED, moderated.course(), null,
                moderated.action().name(), 0, 0, moderated.at());
    }

    @EventListener
    @Transactional
    void on(AnnouncementPosted posted) {
        record(posted.academy(), posted.author(), LogAction.ANNOUNCEMENT_POSTED, posted.course(), null, posted.title(),
                0, 0, posted.at());
    }

    @EventListener
    @Transactional
    void on(AttendanceTaken taken) {
        academyOf(taken.course()).ifPresent(academy -> record(academy, taken.facilitator(), LogAction.ATTENDANCE_TAKEN,
                taken.course(), taken.run(), "", taken.present(), taken.absent(), taken.at()));
    }

    @Transactional
    void record(AcademyId academy, AccountId actor, LogAction action, CourseId course, CourseRunId run, String detail,
            int firstCount, int secondCount, Instant at) {
        String text = detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) : detail;
        jdbc.update("INSERT INTO facilitation_log_entry (id, academy_id, actor_id, action, course_id, run_id, detail,"
                + " first_count, second_count, acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                academy.value(), actor.value(), action.name(), course == null ? null : course.value(),
                run == null ? null : run.value(), text, firstCount, secondCount, Timestamp.from(at));
    }

    /** The latest entries of one facilitator, in every academy. */
    public List<LogEntry> by(AccountId actor) {
        return entries("actor_id = ?", actor.value());
    }

    /** The latest entries of an academy, of one facilitator or of all; callers check the viewer administers it. */
    public List<LogEntry> of(AcademyId academy, Optional<AccountId> actor) {
        return actor.map(one -> entries("academy_id = ? AND actor_id = ?", academy.value(), one.value()))
                .orElseGet(() -> entries("academy_id = ?", academy.value()));
    }

    /** Everyone who has a line in the academy's log, for the filter. */
    public Map<AccountId, AccountSummary> actorsOf(AcademyId academy) {
        List<AccountId> ids = jdbc.queryForList("SELECT DISTINCT actor_id FROM facilitation_log_entry"
                + " WHERE academy_id = ?", UUID.class, academy.value()).stream().map(AccountId::new).toList();
        return ids.isEmpty() ? Map.of() : accounts.findAll(ids);
    }

    private List<LogEntry> entries(String where, Object... arguments) {
        record Row(Instant at, AccountId actor, LogAction action, String detail, int first, int second,
                CourseId course) {
        }
        List<Row> rows = new ArrayList<>(jdbc.query("SELECT acted_at, actor_id, action, detail, first_count,"
                + " second_count, course_id FROM facilitation_log_entry WHERE " + where
                + " ORDER BY acted_at DESC, id FETCH FIRST " + SHOWN + " ROWS ONLY",
                (result, index) -> new Row(result.getTimestamp("acted_at").toInstant(),
                        new AccountId(result.getObject("actor_id", UUID.class)),
                        LogAction.valueOf(result.getString("action")), result.getString("detail"),
                        result.getInt("first_count"), result.getInt("second_count"),
                        Optional.ofNullable(result.getObject("course_id", UUID.class)).map(CourseId::new).orElse(null)),
                arguments));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<AccountId, AccountSummary> people = accounts.findAll(rows.stream().map(Row::actor).distinct().toList());
        Map<CourseId, CourseSummary> titles = courses.findAll(
                rows.stream().map(Row::course).filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(row -> new LogEntry(row.at(), row.actor(),
                Optional.ofNullable(people.get(row.actor())).map(AccountSummary::displayName).orElse(""),
                row.action(), row.detail(), row.first(), row.second(),
                row.course() == null ? null : titles.get(row.course()))).toList();
    }

    private Optional<AcademyId> academyOf(CourseId course) {
        return Optional.ofNullable(courses.findAll(List.of(course)).get(course)).map(CourseSummary::academy);
    }
}
