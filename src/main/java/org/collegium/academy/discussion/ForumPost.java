package org.collegium.academy.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.collegium.academy.DiscussionPostId;
import org.collegium.academy.DiscussionRefusal;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.Discussions;
import org.collegium.identity.AccountId;

/**
 * A post: the opening post of a thread or a reply, its body already sanitised. Only its author changes it, and
 * only within the edit window; moderators hide it.
 */
@Entity
@Table(name = "discussion_post")
class ForumPost extends NewRow {

    @Id
    private UUID id;

    @Column(name = "thread_id", nullable = false)
    private UUID threadId;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(nullable = false)
    private boolean opening;

    @Column(nullable = false)
    private String body;

    @Column(name = "quoted_post_id")
    private UUID quotedPostId;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected ForumPost() {
    }

    ForumPost(DiscussionThreadId thread, AccountId author, boolean opening, String body, DiscussionPostId quoting,
            Instant now) {
        this.id = UUID.randomUUID();
        this.threadId = thread.value();
        this.authorId = author.value();
        this.opening = opening;
        this.body = RichText.required("body", body);
        this.quotedPostId = quoting == null ? null : quoting.value();
        this.createdAt = now;
    }

    /** Whether its author may still change it at this instant of the server's clock. */
    static boolean withinEditWindow(Instant postedAt, Instant now) {
        Duration age = Duration.between(postedAt, now);
        return !age.isNegative() && age.compareTo(Discussions.EDIT_WINDOW) <= 0;
    }

    boolean editableBy(AccountId account, Instant now) {
        return authorId.equals(account.value()) && withinEditWindow(createdAt, now);
    }

    void edit(AccountId editor, String newBody, Instant now) {
        if (!authorId.equals(editor.value())) {
            throw new org.springframework.security.access.AccessDeniedException("not the author of post " + id);
        }
        if (!withinEditWindow(createdAt, now)) {
            throw new DiscussionRefusal("body", "discussion.edit.too-late",
                    Discussions.EDIT_WINDOW.toMinutes());
        }
        this.body = RichText.required("body", newBody);
        this.editedAt = now;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    @Override
    public UUID getId() {
        return id;
    }

    DiscussionPostId id() {
        return new DiscussionPostId(id);
    }

    DiscussionThreadId thread() {
        return new DiscussionThreadId(threadId);
    }

    AccountId author() {
        return new AccountId(authorId);
    }

    boolean opening() {
        return opening;
    }

    String body() {
        return body;
    }

    DiscussionPostId quoting() {
        return quotedPostId == null ? null : new DiscussionPostId(quotedPostId);
    }

    boolean hidden() {
        return hidden;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant editedAt() {
        return editedAt;
    }
}
