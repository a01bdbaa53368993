package org.collegium.academy.discussion;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.DiscussionRefusal;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.ForumId;
import org.collegium.academy.ThreadKind;
import org.collegium.identity.AccountId;

/**
 * A thread of a forum. It keeps its reply count and last activity so the forum page sorts and counts without
 * reading the posts; locking refuses new replies, pinning puts it first.
 */
@Entity
@Table(name = "discussion_thread")
class ForumThread {

    static final int TITLE_MAX = 200;

    @Id
    private UUID id;

    @Column(name = "forum_id", nullable = false)
    private UUID forumId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThreadKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private int replies;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Version
    private Long version;

    protected ForumThread() {
    }

    ForumThread(ForumId forum, ThreadKind kind, String title, AccountId author, Instant now) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new DiscussionRefusal("title", "discussion.title.required");
        }
        if (clean.length() > TITLE_MAX) {
            throw new DiscussionRefusal("title", "discussion.title.too-long", TITLE_MAX);
        }
        this.id = UUID.randomUUID();
        this.forumId = forum.value();
        this.kind = kind == null ? ThreadKind.DISCUSSION : kind;
        this.title = clean;
        this.authorId = author.value();
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** Counts a reply; refuses when the thread is locked. */
    void acceptReply(Instant now) {
        if (locked) {
            throw new DiscussionRefusal("body", "discussion.thread.locked");
        }
        replies++;
        lastActivityAt = now;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    DiscussionThreadId id() {
        return new DiscussionThreadId(id);
    }

    ForumId forum() {
        return new ForumId(forumId);
    }

    ThreadKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    AccountId author() {
        return new AccountId(authorId);
    }

    boolean pinned() {
        return pinned;
    }

    boolean locked() {
        return locked;
    }

    int replies() {
        return replies;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }
}
