package org.collegium.academy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.EnrolmentAcceptedMails;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolledCourses;
import org.collegium.academy.Enrolments;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.Discussions;
import org.collegium.academy.ForumId;
import org.collegium.academy.NewReply;
import org.collegium.academy.NewThread;
import org.collegium.academy.NotificationPreference;
import org.collegium.academy.ThreadKind;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Discussion mail over SMTP: each post to those who want each post, in their language; announcements to everyone
 * who has not turned mail off; one daily digest per person and day however often, and from however many places,
 * it runs.
 */
@CollegiumIntegrationTest
class DiscussionNotificationsIntegrationTests {

    private final MockMvc mvc;
    private final Discussions discussions;
    private final DevMailbox mailbox;
    private final JdbcTemplate jdbc;
    private final DiscussionFixtures fixtures;

    private String facilitator;
    private String frenchLearner;
    private String digestLearner;
    private String silentLearner;
    private AcademySummary academy;
    private CourseId course;
    private ForumId forum;

    @Autowired
    DiscussionNotificationsIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users, Discussions discussions,
            Courses courses, CourseRuns runs, Enrolments enrolments, DevMailbox mailbox) {
        this.mvc = mvc;
        this.discussions = discussions;
        this.mailbox = mailbox;
        this.jdbc = jdbc;
        this.fixtures = new DiscussionFixtures(jdbc, accounts, roles, academies, staff, users,
                new EnrolledCourses(courses, runs, enrolments));
    }

    @BeforeEach
    void aCourseForumWithLearnersOfEveryPreference() {
        facilitator = fixtures.account("facilitator", Locale.ENGLISH);
        frenchLearner = fixtures.account("apprenante", Locale.FRENCH);
        digestLearner = fixtures.account("digest", Locale.ENGLISH);
        silentLearner = fixtures.account("silent", Locale.ENGLISH);
        academy = fixtures.academy(facilitator, frenchLearner, digestLearner, silentLearner);
        course = fixtures.course(academy, facilitator, frenchLearner, digestLearner, silentLearner).id();
        forum = discussions.openForum(fixtures.idOf(facilitator), academy.id(), course, null);
        discussions.choosePreference(fixtures.idOf(frenchLearner), course, NotificationPreference.EACH_POST);
        discussions.choosePreference(fixtures.idOf(silentLearner), course, NotificationPreference.NONE);
    }

    @Test
    void eachPostIsMailedInTheRecipientsLanguageToThoseWhoFollowEachPost() throws Exception {
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(digestLearner), forum,
                new NewThread("Budget hearings", "<p>How long should they last?</p>", ThreadKind.DISCUSSION));
        String path = "/academies/" + academy.slug() + "/courses/" + course.value() + "/discussions/" + thread.value();
        mvc.perform(post(path + "/replies").with(fixtures.as(facilitator)).with(csrf())
                .param("body", "Two hours, with a break.")).andExpect(status().is3xxRedirection());

        List<ReceivedMail> french = EnrolmentAcceptedMails.otherMailsTo(mailbox, frenchLearner);
        assertThat(french).hasSize(2);
        assertThat(french).anySatisfy(mail -> {
            assertThat(mail.subject()).startsWith("Nouveau message").contains("Budget hearings");
            assertThat(mail.text()).contains("Bonjour", "Two hours, with a break.", path);
        });
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, digestLearner)).as("digest follower, mailed once a day").isEmpty();
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, silentLearner)).isEmpty();
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, facilitator)).as("default is the digest").isEmpty();
    }

    @Test
    void announcementsReachEveryoneButThoseWhoTurnedMailOff() {
        String notEnrolled = fixtures.account("not-enrolled", Locale.ENGLISH);
        fixtures.registerLearner(academy, notEnrolled);
        discussions.startThread(fixtures.idOf(facilitator), forum,
                new NewThread("Welcome", "<p>The course starts on Monday.</p>", ThreadKind.ANNOUNCEMENT));
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, digestLearner)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).startsWith("Announcement: Welcome"));
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, frenchLearner)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).startsWith("Annonce"));
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, silentLearner)).isEmpty();
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, facilitator)).as("no mail of one's own post").isEmpty();
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, notEnrolled)).as("a learner of the academy not enrolled in the course").isEmpty();
    }

    @Test
    void theDailyDigestIsSentOnceEvenWhenRunTwice() {
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(frenchLearner), forum,
                new NewThread("Solar roofs", "<p>Who has financed them?</p>", ThreadKind.DISCUSSION));
        discussions.reply(fixtures.idOf(facilitator), thread, new NewReply("A green bond in Bitola.", null));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        discussions.sendDailyDigest(today);
        discussions.sendDailyDigest(today);

        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, digestLearner)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains(today.toString());
            assertThat(mail.text()).contains("Solar roofs", "Who has financed them?", "A green bond in Bitola.");
        });
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, facilitator)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Who has financed them?")
                        .doesNotContain("A green bond in Bitola."));
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, silentLearner)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM discussion_digest WHERE account_id = ? AND digest_day = ?",
                Integer.class, fixtures.idOf(digestLearner).value(), java.sql.Date.valueOf(today))).isEqualTo(1);
    }

    @Test
    void twoConcurrentRunsSendEachDigestOnce() throws Exception {
        discussions.startThread(fixtures.idOf(frenchLearner), forum,
                new NewThread("Concurrent", "<p>Raced digest</p>", ThreadKind.DISCUSSION));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return discussions.sendDailyDigest(today);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(run);
            Future<Integer> second = pool.submit(run);
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, digestLearner)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Raced digest"));
        assertThat(EnrolmentAcceptedMails.otherMailsTo(mailbox, facilitator)).hasSize(1);
    }

    @Test
    void aDayWithoutPostsSendsNoDigest() {
        assertThat(discussions.sendDailyDigest(LocalDate.of(1999, 1, 1))).isZero();
    }
}
