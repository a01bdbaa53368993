package org.collegium.library.search.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.collegium.identity.AccountId;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.search.LibrarySearch;
import org.collegium.library.web.CurrentAccount;
import org.collegium.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library's search page: a plain GET form that works without JavaScript; with htmx, the results (facets, hits,
 * pager) are replaced in place as the search changes, and titles are suggested as one types.
 */
@Controller
class LibrarySearchController {

    private static final int SUGGESTIONS = 8;

    private final LibrarySearch search;
    private final FacetLabels labels;

    private final EditorialHistory editorial;

    LibrarySearchController(LibrarySearch search, FacetLabels labels, EditorialHistory editorial) {
        this.search = search;
        this.labels = labels;
        this.editorial = editorial;
    }

    @GetMapping("/library")
    String search(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model,
            HttpServletRequest request) {
        var results = search.search(SearchRequests.from(parameters, locale));
        model.addAttribute("search", SearchPage.of(results, labels, locale, "/library"));
        AccountId viewer = CurrentAccount.optional().orElse(null);
        model.addAttribute("signedIn", viewer != null);
        model.addAttribute("editor", editorial.isEditor(viewer));
        return Htmx.view(request, "library/search/search", "results");
    }

    @GetMapping("/library/suggestions")
    String suggestions(@RequestParam(name = "q", defaultValue = "") String text, Locale locale, Model model) {
        model.addAttribute("suggestions", search.suggest(text, locale, SUGGESTIONS));
        return "library/search/search :: suggestions";
    }
}
