package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * One post of a thread: its opening post or a reply.
 */
public record DiscussionPostId(UUID value) {

    public DiscussionPostId {
        Objects.requireNonNull(value, "value");
    }
}
