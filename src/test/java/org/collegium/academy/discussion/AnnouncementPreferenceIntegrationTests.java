package org.collegium.academy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.EnrolmentAcceptedMails;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CourseId;
import org.collegium.academy.EnrolledCourses;
import org.collegium.academy.Enrolments;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.Discussions;
import org.collegium.academy.ForumId;
import org.collegium.academy.NewThread;
import org.collegium.academy.ThreadKind;
import org.collegium.academy.facilitation.LearnerNotifications;
import org.collegium.academy.facilitation.NotificationKind;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.mail.DevMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Announcements respect the learner's choice of e-Academy mails.
 */
@CollegiumIntegrationTest
class AnnouncementPreferenceIntegrationTests {

    private final Discussions discussions;
    private final DevMailbox mailbox;
    private final LearnerNotifications notifications;
    private final DiscussionFixtures fixtures;

    @Autowired
    AnnouncementPreferenceIntegrationTests(JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, Discussions discussions, DevMailbox mailbox,
            LearnerNotifications notifications, Courses courses, CourseRuns runs, Enrolments enrolments) {
        this.discussions = discussions;
        this.mailbox = mailbox;
        this.notifications = notifications;
        this.fixtures = new DiscussionFixtures(jdbc, accounts, roles, academies, staff, users,
                new EnrolledCourses(courses, runs, enrolments));
    }

    @Test
    void aLearnerWhoTurnedAnnouncementsOffIsNotMailedThem() {
        String facilitator = fixtures.account("facilitator", Locale.ENGLISH);
        String listening = fixtures.account("listening", Locale.ENGLISH);
        String declining = fixtures.account("declining", Locale.ENGLISH);
        AcademySummary academy = fixtures.academy(facilitator, listening, declining);
        CourseId course = fixtures.course(academy, facilitator, listening, declining).id();
        ForumId forum = discussions.openForum(fixtures.idOf(facilitator), academy.id(), course, null);
        notifications.choose(fixtures.idOf(declining), EnumSet.of(NotificationKind.GRADE_RELEASED));

        discussions.startThread(fixtures.idOf(facilitator), forum,
                new NewThread("Welcome", "<p>The course starts on Monday.</p>", ThreadKind.ANNOUNCEMENT));

        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, listening)).hasSize(1);
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, declining)).isEmpty();
    }
}
