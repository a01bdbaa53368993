package org.collegium.library.web;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.review.Contributions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the workflow adds to a resource page for its viewer: the actions they may take, the citable versions, the
 * editorial history, and the peer analyses and comments.
 */
@Component
class ResourcePageParts {

    private final EditorialHistory history;
    private final Contributions contributions;

    ResourcePageParts(EditorialHistory history, Contributions contributions) {
        this.history = history;
        this.contributions = contributions;
    }

    void addTo(Model model, AccountId viewer, ResourceId id) {
        model.addAttribute("editorial", history.state(viewer, id));
        model.addAttribute("contributions", contributions.on(viewer, id));
    }
}
