package org.collegium.academy;

import java.time.Instant;

/**
 * A thread in a forum's list: pinned ones first, then by last activity.
 */
public record ThreadSummary(DiscussionThreadId id, ForumId forum, String title, ThreadKind kind, String authorName,
        boolean pinned, boolean locked, int replies, Instant createdAt, Instant lastActivityAt) {
}
