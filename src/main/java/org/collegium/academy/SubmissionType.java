package org.collegium.academy;

/** What a learner hands in for an assignment: a text, a file of the media store, or both. */
public enum SubmissionType {
    TEXT, FILE, BOTH;

    public boolean needsText() {
        return this != FILE;
    }

    public boolean needsFile() {
        return this != TEXT;
    }
}
