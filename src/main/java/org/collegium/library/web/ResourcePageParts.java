package org.collegium.library.web;

import java.util.List;
import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceView;
import org.collegium.library.files.ResourceFiles;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.review.Contributions;
import org.collegium.library.search.LibrarySearch;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a resource page shows around the resource itself, for its viewer: the actions they may take, the citable
 * versions and the editorial history, the peer analyses and comments, whether they may change its files, its
 * schema.org description and the published resources close to it.
 */
@Component
class ResourcePageParts {

    /** Related resources listed under a resource: enough to read on, short enough for a phone. */
    static final int RELATED = 5;

    private final EditorialHistory history;
    private final Contributions contributions;
    private final ResourceFiles files;
    private final ResourceJsonLd jsonLd;
    private final LibrarySearch search;

    ResourcePageParts(EditorialHistory history, Contributions contributions, ResourceFiles files,
            ResourceJsonLd jsonLd, LibrarySearch search) {
        this.history = history;
        this.contributions = contributions;
        this.files = files;
        this.jsonLd = jsonLd;
        this.search = search;
    }

    void addTo(Model model, AccountId viewer, ResourcePage page, Locale locale) {
        ResourceView resource = page.resource();
        model.addAttribute("editorial", history.state(viewer, resource.id()));
        model.addAttribute("contributions", contributions.on(viewer, resource.id()));
        model.addAttribute("mayChangeFiles", files.mayChange(viewer, resource));
        model.addAttribute("jsonLd", jsonLd.of(resource, page.network(), page.networkSlug(), page.creatorPages()));
        model.addAttribute("related",
                resource.status().isPublic() ? search.related(resource.id(), locale, RELATED) : List.of());
    }
}
