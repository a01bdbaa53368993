package org.collegium.academy;

import java.util.List;

/**
 * A thread with its forum and its posts in order (the opening post first), for the thread page.
 * {@code mayReply} is false for a locked thread; {@code moderator} tells whether the viewer moderates the forum.
 */
public record ThreadView(ForumSummary forum, ThreadSummary thread, List<PostView> posts, boolean mayReply, boolean moderator) {
}
