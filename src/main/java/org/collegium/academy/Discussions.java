package org.collegium.academy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.collegium.identity.AccountId;
import org.springframework.data.domain.Page;

/**
 * The discussions of courses: forums per course or module, threads, replies and announcements, moderation by the
 * academy's staff, and e-mail notifications (each post, or a daily digest). Every method that acts for someone
 * checks that account against the forum's academy; a refusal of the rules is a {@link DiscussionRefusal}, a
 * refusal of rights an {@code AccessDeniedException}, an unknown forum, thread or post a {@code NotFoundException}.
 */
public interface Discussions {

    /** How long after posting its author may still change a post. */
    Duration EDIT_WINDOW = Duration.ofMinutes(30);

    /**
     * Opens the forum of the course (module null) or of one of its modules, for the academy's staff and the course's
     * learners (on their first visit); anyone else, or a course of another academy, is refused. Idempotent.
     */
    ForumId openForum(AccountId actor, AcademyId academy, CourseId course, CourseModuleId module);

    /** The forum of this course (and module) in this academy, if opened, as the viewer sees it. */
    Optional<ForumSummary> findForum(Optional<AccountId> viewer, AcademyId academy, CourseId course,
            CourseModuleId module);

    /**
     * The one place that says who takes part in a forum: the academy's staff, and its learners (later: the
     * learners enrolled in the course).
     */
    boolean mayParticipate(AccountId account, ForumId forum);

    /** Whether the account moderates the forum: an administrator or facilitator of its academy. */
    boolean mayModerate(AccountId account, ForumId forum);

    /** One page of the forum's threads, pinned first, then by last activity; participants only. */
    Page<ThreadSummary> threads(AccountId viewer, ForumId forum, int page);

    /** A thread with its posts as the viewer may see them; participants only. */
    ThreadView thread(AccountId viewer, DiscussionThreadId thread);

    DiscussionThreadId startThread(AccountId author, ForumId forum, NewThread thread);

    DiscussionPostId reply(AccountId author, DiscussionThreadId thread, NewReply reply);

    /** One post as the viewer may see it (for the fragment a reply returns). */
    PostView post(AccountId viewer, DiscussionPostId post);

    /** The author changes the body of their own post, within {@code EDIT_WINDOW} of posting it. */
    void edit(AccountId author, DiscussionPostId post, String body);

    void hide(AccountId moderator, DiscussionPostId post);

    void unhide(AccountId moderator, DiscussionPostId post);

    void lock(AccountId moderator, DiscussionThreadId thread);

    void unlock(AccountId moderator, DiscussionThreadId thread);

    void pin(AccountId moderator, DiscussionThreadId thread);

    void unpin(AccountId moderator, DiscussionThreadId thread);

    /** What moderators did in the academy's forums, newest first (the facilitation log reads this). */
    List<ModerationEntry> moderationLog(AcademyId academy);

    NotificationPreference preference(AccountId account, CourseId course);

    void choosePreference(AccountId account, CourseId course, NotificationPreference preference);

    /**
     * Mails each person the posts of this day (UTC) in the courses they follow by digest, once: a digest already
     * sent for that person and day, by this node or another, is not sent again. Returns the number of mails sent.
     */
    int sendDailyDigest(LocalDate day);
}
