package org.collegium.academy;

/** What happens to a submission after the due date (and before the cut-off, after which it is always refused). */
public enum LatePolicy {
    ACCEPT_AND_MARK_LATE, REFUSE
}
