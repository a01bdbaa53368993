package org.collegium.academy.discussion;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.collegium.academy.AcademyId;
import org.collegium.academy.CourseId;
import org.collegium.academy.DiscussionPostId;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.ModerationAction;
import org.collegium.academy.ModerationEntry;
import org.collegium.identity.AccountId;

/**
 * One moderation action, kept for the facilitation log.
 */
@Entity
@Table(name = "discussion_moderation")
class ModerationRecord extends NewRow {

    @Id
    private UUID id;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "thread_id", nullable = false)
    private UUID threadId;

    @Column(name = "post_id")
    private UUID postId;

    @Column(name = "moderator_id", nullable = false)
    private UUID moderatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationAction action;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected ModerationRecord() {
    }

    ModerationRecord(Forum forum, DiscussionThreadId thread, DiscussionPostId post, AccountId moderator,
            ModerationAction action, Instant now) {
        this.id = UUID.randomUUID();
        this.academyId = forum.academy().value();
        this.courseId = forum.course().value();
        this.threadId = thread.value();
        this.postId = post == null ? null : post.value();
        this.moderatorId = moderator.value();
        this.action = action;
        this.actedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    ModerationEntry toEntry() {
        return new ModerationEntry(new AcademyId(academyId), new CourseId(courseId), new AccountId(moderatorId), action,
                new DiscussionThreadId(threadId), postId == null ? null : new DiscussionPostId(postId), actedAt);
    }
}
