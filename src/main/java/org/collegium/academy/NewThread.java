package org.collegium.academy;

/**
 * Opens a thread: a title and a rich-text body; an announcement is for staff only.
 */
public record NewThread(String title, String body, ThreadKind kind) {
}
