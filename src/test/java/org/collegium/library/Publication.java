package org.collegium.library;

import org.collegium.identity.AccountId;
import org.collegium.library.resource.Editorial;

/**
 * Publishes and withdraws resources through the editorial workflow (submitted by the submitter, decided by an
 * editor), so that tests see what the application makes: the status, the version, the events and the index.
 */
public final class Publication {

    private final Editorial editorial;
    private final AccountId submitter;
    private final AccountId editor;

    public Publication(Editorial editorial, AccountId submitter, AccountId editor) {
        this.editorial = editorial;
        this.submitter = submitter;
        this.editor = editor;
    }

    public void publish(ResourceId id) {
        editorial.submit(submitter, id);
        editorial.publish(editor, id);
    }

    public void withdraw(ResourceId id) {
        editorial.withdraw(editor, id, "Withdrawn by the tests.");
    }
}
