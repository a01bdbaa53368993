package org.collegium.academy;

/**
 * A reply to a thread, optionally quoting one of its posts (null when it quotes none).
 */
public record NewReply(String body, DiscussionPostId quoting) {
}
