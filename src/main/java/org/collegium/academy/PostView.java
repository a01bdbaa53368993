package org.collegium.academy;

import java.time.Instant;

/**
 * A post as this viewer may see it. {@code html} is sanitised rich text, or null when a moderator hid the post and
 * the viewer is not staff; staff see the text of hidden posts with {@code hidden} set. {@code quote} is the post it
 * quotes, seen under the same rule.
 */
public record PostView(DiscussionPostId id, String authorName, String html, boolean hidden, boolean opening,
        Instant createdAt, Instant editedAt, boolean editable, Quote quote) {

    public record Quote(DiscussionPostId id, String authorName, String html) {
    }
}
