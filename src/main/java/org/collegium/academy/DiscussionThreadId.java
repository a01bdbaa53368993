package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * A thread of a discussion forum: a question or an announcement and its replies.
 */
public record DiscussionThreadId(UUID value) {

    public DiscussionThreadId {
        Objects.requireNonNull(value, "value");
    }
}
