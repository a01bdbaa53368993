package org.collegium.library.web;

import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.library.resource.EditorialHistory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The submitter's own resources with where each stands and the editors' last note ({@code /library/mine}), and the
 * editors' review queue of submitted resources of their networks ({@code /library/review}).
 */
@Controller
class EditorialPagesController {

    private final EditorialHistory history;
    private final ResourcePages pages;

    EditorialPagesController(EditorialHistory history, ResourcePages pages) {
        this.history = history;
        this.pages = pages;
    }

    @GetMapping("/library/mine")
    String mine(Model model) {
        AccountId submitter = CurrentAccount.required();
        model.addAttribute("resources", history.submittedBy(submitter));
        model.addAttribute("editor", history.isEditor(submitter));
        return "library/mine";
    }

    @GetMapping("/library/review")
    String review(Locale locale, Model model) {
        AccountId editor = CurrentAccount.required();
        if (!history.isEditor(editor)) {
            throw new AccessDeniedException("the review queue is for library editors");
        }
        model.addAttribute("queue", history.reviewQueue(editor).stream().map(view -> pages.of(view, locale)).toList());
        return "library/review";
    }
}
