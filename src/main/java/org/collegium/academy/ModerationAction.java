package org.collegium.academy;

/**
 * What a moderator did to a post or a thread.
 */
public enum ModerationAction {
    HIDE, UNHIDE, LOCK, UNLOCK, PIN, UNPIN
}
