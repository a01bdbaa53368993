package org.collegium.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * A discussion forum of a course, or of one module of a course.
 */
public record ForumId(UUID value) {

    public ForumId {
        Objects.requireNonNull(value, "value");
    }
}
