package org.collegium.library.search;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.Editorial;

/** Publishes and withdraws resources through the editorial workflow, so that the index follows as it does live. */
final class Publication {

    private final Editorial editorial;
    private final AccountId submitter;
    private final AccountId editor;

    Publication(Editorial editorial, AccountId submitter, AccountId editor) {
        this.editorial = editorial;
        this.submitter = submitter;
        this.editor = editor;
    }

    void publish(ResourceId id) {
        editorial.submit(submitter, id);
        editorial.publish(editor, id);
    }

    void withdraw(ResourceId id) {
        editorial.withdraw(editor, id, "Withdrawn by the search tests.");
    }
}
