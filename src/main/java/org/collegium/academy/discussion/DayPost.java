package org.collegium.academy.discussion;

/**
 * A post with its thread and forum, as a digest gathers them.
 */
record DayPost(ForumPost post, ForumThread thread, Forum forum) {
}
