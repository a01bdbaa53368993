package org.collegium.academy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.collegium.CollegiumIntegrationTest;
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
import org.collegium.academy.ModerationAction;
import org.collegium.academy.NewReply;
import org.collegium.academy.NewThread;
import org.collegium.academy.PostView;
import org.collegium.academy.ThreadKind;
import org.collegium.academy.ThreadSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forum and thread pages: who takes part, what moderators change, what learners and staff see.
 */
@CollegiumIntegrationTest
class DiscussionPagesIntegrationTests {

    private final MockMvc mvc;
    private final Discussions discussions;
    private final DiscussionFixtures fixtures;
    private final EntityManagerFactory entityManagerFactory;

    private String facilitator;
    private String learner;
    private String otherLearner;
    private AcademySummary academy;
    private CourseId course;
    private EnrolledCourses.Course built;
    private String forumPath;

    @Autowired
    DiscussionPagesIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users, Discussions discussions,
            Courses courses, CourseRuns runs, Enrolments enrolments, EntityManagerFactory entityManagerFactory) {
        this.mvc = mvc;
        this.entityManagerFactory = entityManagerFactory;
        this.discussions = discussions;
        this.fixtures = new DiscussionFixtures(jdbc, accounts, roles, academies, staff, users,
                new EnrolledCourses(courses, runs, enrolments));
    }

    @BeforeEach
    void anAcademyWithAFacilitatorAndALearner() {
        facilitator = fixtures.account("facilitator", Locale.ENGLISH);
        learner = fixtures.account("learner", Locale.ENGLISH);
        otherLearner = fixtures.account("other-learner", Locale.ENGLISH);
        academy = fixtures.academy(facilitator, learner);
        fixtures.academy(null, otherLearner);
        built = fixtures.course(academy, facilitator, learner);
        course = built.id();
        forumPath = "/academies/" + academy.slug() + "/courses/" + course.value() + "/discussions";
    }

    private ForumId openedForum() {
        return discussions.openForum(fixtures.idOf(facilitator), academy.id(), course, null);
    }

    @Test
    void theForumOpensOnTheFirstVisitOfALearnerAndOutsidersOpenNothing() throws Exception {
        String notEnrolled = fixtures.account("not-enrolled", Locale.ENGLISH);
        fixtures.registerLearner(academy, notEnrolled);
        mvc.perform(get(forumPath).with(fixtures.as(otherLearner))).andExpect(status().isNotFound());
        mvc.perform(get(forumPath).with(fixtures.as(notEnrolled))).andExpect(status().isNotFound());
        mvc.perform(get(forumPath + "/new").with(fixtures.as(notEnrolled))).andExpect(status().isNotFound());
        mvc.perform(get(forumPath).param("module", java.util.UUID.randomUUID().toString()).with(fixtures.as(learner)))
                .andExpect(status().isNotFound());
        assertThat(discussions.findForum(java.util.Optional.empty(), academy.id(), course, null)).isEmpty();

        mvc.perform(get(forumPath + "/new").with(fixtures.as(learner))).andExpect(status().isOk());
        mvc.perform(get(forumPath).with(fixtures.as(learner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start a thread")));
        assertThat(discussions.findForum(java.util.Optional.empty(), academy.id(), course, null)).isPresent();
    }

    @Test
    void aLearnerStartsAThreadAndRepliesWithoutJavaScript() throws Exception {
        ForumId forum = openedForum();
        String location = mvc.perform(post(forumPath + "/new").with(fixtures.as(learner)).with(csrf())
                        .param("title", "Participatory budgeting in small towns")
                        .param("body", "How did you involve residents?"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        ThreadSummary thread = discussions.threads(fixtures.idOf(learner), forum, 0).getContent().getFirst();
        assertThat(location).isEqualTo(forumPath + "/" + thread.id().value());
        mvc.perform(post(location + "/replies").with(fixtures.as(facilitator)).with(csrf())
                        .param("body", "We held open sessions in each village."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(fixtures.as(learner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("How did you involve residents?")))
                .andExpect(content().string(containsString("We held open sessions in each village.")));
        assertThat(fixtures.posts(thread.id().value())).isEqualTo(2);
    }

    @Test
    void aLearnerOfAnotherAcademyIsRefusedAndWritesNothing() throws Exception {
        ForumId forum = openedForum();
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Water tariffs", "<p>Who sets them?</p>", ThreadKind.DISCUSSION));
        mvc.perform(get(forumPath).with(fixtures.as(otherLearner))).andExpect(status().isForbidden());
        mvc.perform(get(forumPath + "/" + thread.value()).with(fixtures.as(otherLearner)))
                .andExpect(status().isForbidden());
        mvc.perform(post(forumPath + "/new").with(fixtures.as(otherLearner)).with(csrf())
                .param("title", "Intruder").param("body", "Hello")).andExpect(status().isForbidden());
        mvc.perform(post(forumPath + "/" + thread.value() + "/replies").with(fixtures.as(otherLearner)).with(csrf())
                .param("body", "Hello")).andExpect(status().isForbidden());
        assertThat(fixtures.threads(forum.value())).isEqualTo(1);
        assertThat(fixtures.posts(thread.value())).isEqualTo(1);
    }

    @Test
    void aLearnerOfTheAcademyNotEnrolledInTheCourseMayNeitherReadNorPost() throws Exception {
        ForumId forum = openedForum();
        String notEnrolled = fixtures.account("not-enrolled", Locale.ENGLISH);
        fixtures.registerLearner(academy, notEnrolled);
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Street lighting", "<p>Who pays?</p>", ThreadKind.DISCUSSION));
        assertThat(discussions.mayParticipate(fixtures.idOf(notEnrolled), forum)).isFalse();
        assertThat(discussions.mayParticipate(fixtures.idOf(learner), forum)).isTrue();
        mvc.perform(get(forumPath).with(fixtures.as(notEnrolled))).andExpect(status().isForbidden());
        mvc.perform(post(forumPath + "/new").with(fixtures.as(notEnrolled)).with(csrf())
                .param("title", "Intruder").param("body", "Hello")).andExpect(status().isForbidden());
        mvc.perform(post(forumPath + "/" + thread.value() + "/replies").with(fixtures.as(notEnrolled)).with(csrf())
                .param("body", "Hello")).andExpect(status().isForbidden());
        assertThat(fixtures.threads(forum.value())).isEqualTo(1);
        assertThat(fixtures.posts(thread.value())).isEqualTo(1);

        fixtures.enrol(built, notEnrolled);
        mvc.perform(get(forumPath).with(fixtures.as(notEnrolled))).andExpect(status().isOk());
    }

    @Test
    void aHiddenPostShowsItsTextToStaffOnly() throws Exception {
        ForumId forum = openedForum();
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Procurement", "<p>An ordinary question</p>", ThreadKind.DISCUSSION));
        var reply = discussions.reply(fixtures.idOf(learner), thread, new NewReply("Something rude and unkind", null));
        String threadPath = forumPath + "/" + thread.value();
        mvc.perform(post(threadPath + "/moderation").with(fixtures.as(learner)).with(csrf())
                .param("action", "hide").param("post", reply.value().toString())).andExpect(status().isForbidden());
        assertThat(discussions.moderationLog(academy.id())).isEmpty();
        mvc.perform(post(threadPath + "/moderation").with(fixtures.as(facilitator)).with(csrf())
                .param("action", "hide").param("post", reply.value().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(threadPath).with(fixtures.as(learner)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Something rude and unkind"))))
                .andExpect(content().string(containsString("This post was hidden by a moderator.")));
        mvc.perform(get(threadPath).with(fixtures.as(facilitator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Something rude and unkind")))
                .andExpect(content().string(containsString("Hidden from learners")));
        assertThat(discussions.moderationLog(academy.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ModerationAction.HIDE);
            assertThat(entry.moderator()).isEqualTo(fixtures.idOf(facilitator));
            assertThat(entry.post()).isEqualTo(reply);
            assertThat(entry.at()).isNotNull();
        });
    }

    @Test
    void aLockedThreadRefusesRepliesWithAClearMessage() throws Exception {
        ForumId forum = openedForum();
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Energy audits", "<p>Any templates?</p>", ThreadKind.DISCUSSION));
        discussions.lock(fixtures.idOf(facilitator), thread);
        String threadPath = forumPath + "/" + thread.value();
        mvc.perform(post(threadPath + "/replies").with(fixtures.as(learner)).with(csrf()).param("body", "Late reply"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This thread is locked by a moderator")));
        mvc.perform(post(threadPath + "/replies").with(fixtures.as(learner)).with(csrf()).header("HX-Request", "true")
                        .param("body", "Late reply"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This thread is locked by a moderator")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(fixtures.posts(thread.value())).isEqualTo(1);
        discussions.unlock(fixtures.idOf(facilitator), thread);
        discussions.reply(fixtures.idOf(learner), thread, new NewReply("Now it is open", null));
        assertThat(fixtures.posts(thread.value())).isEqualTo(2);
    }

    @Test
    void pinnedThreadsComeFirstThenTheMostRecentlyActive() throws Exception {
        ForumId forum = openedForum();
        var author = fixtures.idOf(learner);
        DiscussionThreadId oldest = discussions.startThread(author, forum, new NewThread("Oldest", "a", null));
        DiscussionThreadId middle = discussions.startThread(author, forum, new NewThread("Middle", "b", null));
        DiscussionThreadId newest = discussions.startThread(author, forum, new NewThread("Newest", "c", null));
        discussions.reply(author, middle, new NewReply("bump", null));
        mvc.perform(post(forumPath + "/" + oldest.value() + "/moderation").with(fixtures.as(facilitator)).with(csrf())
                .param("action", "pin")).andExpect(status().is3xxRedirection());
        List<DiscussionThreadId> order = discussions.threads(author, forum, 0).getContent().stream()
                .map(ThreadSummary::id).toList();
        assertThat(order).containsExactly(oldest, middle, newest);
        String page = mvc.perform(get(forumPath).with(fixtures.as(learner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Oldest")).isLessThan(page.indexOf("Middle"));
        assertThat(page.indexOf("Middle")).isLessThan(page.indexOf("Newest"));
    }

    @Test
    void scriptInAPostIsRemoved() throws Exception {
        ForumId forum = openedForum();
        mvc.perform(post(forumPath + "/new").with(fixtures.as(learner)).with(csrf()).param("title", "Sanitised")
                        .param("body", "<p>Fine text</p><script>alert('owned')</script><img src=x onerror=alert(2)>"))
                .andExpect(status().is3xxRedirection());
        ThreadSummary thread = discussions.threads(fixtures.idOf(learner), forum, 0).getContent().getFirst();
        PostView opening = discussions.thread(fixtures.idOf(learner), thread.id()).posts().getFirst();
        assertThat(opening.html()).isEqualTo("<p>Fine text</p>");
        mvc.perform(get(forumPath + "/" + thread.id().value()).with(fixtures.as(facilitator)))
                .andExpect(content().string(not(containsString("alert('owned')"))))
                .andExpect(content().string(not(containsString("onerror"))));
    }

    @Test
    void onlyStaffAnnounce() throws Exception {
        ForumId forum = openedForum();
        mvc.perform(post(forumPath + "/new").with(fixtures.as(learner)).with(csrf()).param("title", "Fake")
                .param("body", "Fake").param("announcement", "true")).andExpect(status().isForbidden());
        assertThat(fixtures.threads(forum.value())).isZero();
        mvc.perform(post(forumPath + "/new").with(fixtures.as(facilitator)).with(csrf()).param("title", "Welcome")
                .param("body", "Welcome to the course").param("announcement", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(discussions.threads(fixtures.idOf(learner), forum, 0).getContent())
                .singleElement().extracting(ThreadSummary::kind).isEqualTo(ThreadKind.ANNOUNCEMENT);
    }

    @Test
    void anEmptyThreadIsRefusedWithTheFormKept() throws Exception {
        ForumId forum = openedForum();
        mvc.perform(post(forumPath + "/new").with(fixtures.as(learner)).with(csrf()).param("title", "Kept title")
                        .param("body", "<script>only()</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a message.")))
                .andExpect(content().string(containsString("Kept title")));
        assertThat(fixtures.threads(forum.value())).isZero();
    }

    @Test
    void htmxGetsOnlyTheNewPostAndTheFullPageIncludesIt() throws Exception {
        ForumId forum = openedForum();
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Fragments", "<p>Opening</p>", ThreadKind.DISCUSSION));
        String threadPath = forumPath + "/" + thread.value();
        String fragment = mvc.perform(post(threadPath + "/replies").with(fixtures.as(learner)).with(csrf())
                        .header("HX-Request", "true").param("body", "Appended by htmx"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Appended by htmx", "class=\"card discussion-post\"", "hx-swap-oob=\"true\"")
                .doesNotContain("<html", "Opening");
        mvc.perform(get(threadPath).with(fixtures.as(learner)))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"posts\"")))
                .andExpect(content().string(containsString("Appended by htmx")));
    }

    @Test
    void authorsEditTheirOwnPostsOnly() throws Exception {
        ForumId forum = openedForum();
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Edits", "<p>Draft</p>", ThreadKind.DISCUSSION));
        UUID post = discussions.thread(fixtures.idOf(learner), thread).posts().getFirst().id().value();
        String editPath = forumPath + "/" + thread.value() + "/posts/" + post + "/edit";
        mvc.perform(get(editPath).with(fixtures.as(facilitator))).andExpect(status().isForbidden());
        mvc.perform(post(editPath).with(fixtures.as(facilitator)).with(csrf()).param("body", "Changed by someone else"))
                .andExpect(status().isForbidden());
        mvc.perform(get(editPath).with(fixtures.as(learner))).andExpect(status().isOk());
        mvc.perform(post(editPath).with(fixtures.as(learner)).with(csrf()).param("body", "Final text"))
                .andExpect(status().is3xxRedirection());
        assertThat(discussions.thread(fixtures.idOf(learner), thread).posts().getFirst().html())
                .isEqualTo("<p>Final text</p>");
    }

    @Test
    void theForumAndThreadPagesCostTheSameStatementsWhateverTheNumberOfAuthors() throws Exception {
        ForumId forum = openedForum();
        DiscussionThreadId thread = discussions.startThread(fixtures.idOf(learner), forum,
                new NewThread("Counting", "<p>One</p>", ThreadKind.DISCUSSION));
        discussions.reply(fixtures.idOf(facilitator), thread, new NewReply("Two", null));
        long forumFew = statements(forumPath, facilitator);
        long threadFew = statements(forumPath + "/" + thread.value(), facilitator);
        for (int i = 0; i < 6; i++) {
            String another = fixtures.account("many", Locale.ENGLISH);
            fixtures.registerLearner(academy, another);
            fixtures.enrol(built, another);
            discussions.startThread(fixtures.idOf(another), forum, new NewThread("More " + i, "<p>x</p>", null));
            discussions.reply(fixtures.idOf(another), thread, new NewReply("Reply " + i, null));
        }
        assertThat(statements(forumPath, facilitator)).isEqualTo(forumFew);
        assertThat(statements(forumPath + "/" + thread.value(), facilitator)).isEqualTo(threadFew);
    }

    private long statements(String url, String viewer) throws Exception {
        var principal = fixtures.as(viewer);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get(url).with(principal)).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
