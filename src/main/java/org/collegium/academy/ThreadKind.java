package org.collegium.academy;

/**
 * A learner's or facilitator's question or topic, or a facilitator's announcement (staff only).
 */
public enum ThreadKind {
    DISCUSSION, ANNOUNCEMENT
}
