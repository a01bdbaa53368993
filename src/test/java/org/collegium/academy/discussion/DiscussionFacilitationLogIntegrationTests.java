package org.collegium.academy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.Academies;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.Discussions;
import org.collegium.academy.EnrolledCourses;
import org.collegium.academy.Enrolments;
import org.collegium.academy.ForumId;
import org.collegium.academy.NewThread;
import org.collegium.academy.ThreadKind;
import org.collegium.academy.facilitation.FacilitationLog;
import org.collegium.academy.facilitation.LogAction;
import org.collegium.academy.facilitation.LogEntry;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Announcing and moderating in a course's discussion leave lines in the facilitator's log, through the events the
 * discussions publish.
 */
@CollegiumIntegrationTest
class DiscussionFacilitationLogIntegrationTests {

    private final Discussions discussions;
    private final FacilitationLog log;
    private final DiscussionFixtures fixtures;

    @Autowired
    DiscussionFacilitationLogIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Discussions discussions, FacilitationLog log,
            Courses courses, CourseRuns runs, Enrolments enrolments) {
        this.discussions = discussions;
        this.log = log;
        this.fixtures = new DiscussionFixtures(jdbc, accounts, roles, academies, staff, users,
                new EnrolledCourses(courses, runs, enrolments));
    }

    @Test
    void anAnnouncementAndALockAreLoggedForTheFacilitator() {
        String facilitator = fixtures.account("facilitator", Locale.ENGLISH);
        String learner = fixtures.account("learner", Locale.ENGLISH);
        AcademySummary academy = fixtures.academy(facilitator, learner);
        CourseId course = fixtures.course(academy, facilitator, learner).id();
        ForumId forum = discussions.openForum(fixtures.idOf(facilitator), academy.id(), course, null);

        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(facilitator), forum,
                new NewThread("Week one", "<p>We start on Monday.</p>", ThreadKind.ANNOUNCEMENT));
        discussions.lock(fixtures.idOf(facilitator), thread);
        discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("A question", "<p>Where are the slides?</p>", ThreadKind.DISCUSSION));

        assertThat(log.by(fixtures.idOf(facilitator))).extracting(LogEntry::action, LogEntry::detail)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LogAction.ANNOUNCEMENT_POSTED, "Week one"),
                        org.assertj.core.groups.Tuple.tuple(LogAction.DISCUSSION_MODERATED, "LOCK"));
        assertThat(log.by(fixtures.idOf(learner))).isEmpty();
    }
}
