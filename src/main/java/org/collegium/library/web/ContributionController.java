package org.collegium.library.web;

import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceId;
import org.collegium.library.review.ContributionView;
import org.collegium.library.review.Contributions;
import org.collegium.library.review.PeerAnalysis;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Peer analyses and comments on a published resource: added from its page, edited by their authors on their own
 * page, hidden or shown again by the resource's editors.
 */
@Controller
class ContributionController {

    private static final String ANCHOR = "#contributions";

    private final Contributions contributions;

    ContributionController(Contributions contributions) {
        this.contributions = contributions;
    }

    @PostMapping("/library/resources/{id}/analyses")
    String analyse(@PathVariable String id, @ModelAttribute ContributionForm form, RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        try {
            contributions.analyse(CurrentAccount.required(), resource, form.analysis());
            Flash.success(redirect, "editorial.contribution.added");
        } catch (LibraryRefusal refusal) {
            refused(refusal, form, "analysisForm", redirect);
        }
        return "redirect:/library/resources/" + resource + ANCHOR;
    }

    @PostMapping("/library/resources/{id}/comments")
    String comment(@PathVariable String id, @ModelAttribute ContributionForm form, RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        try {
            contributions.comment(CurrentAccount.required(), resource, form.body());
            Flash.success(redirect, "editorial.contribution.added");
        } catch (LibraryRefusal refusal) {
            refused(refusal, form, "commentForm", redirect);
        }
        return "redirect:/library/resources/" + resource + ANCHOR;
    }

    @GetMapping("/library/contributions/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        ContributionView contribution = contributions.ownContribution(CurrentAccount.required(), parse(id));
        model.addAttribute("contribution", contribution);
        model.addAttribute("form", ContributionForm.of(contribution));
        return "library/contribution-form";
    }

    @PostMapping("/library/contributions/{id}/edit")
    String revise(@PathVariable String id, @ModelAttribute("form") ContributionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AccountId author = CurrentAccount.required();
        ContributionView contribution = contributions.ownContribution(author, parse(id));
        try {
            if (contribution.isAnalysis()) {
                contributions.revise(author, contribution.id(), form.analysis());
            } else {
                contributions.revise(author, contribution.id(), form.body());
            }
            Flash.success(redirect, "editorial.contribution.revised");
            return "redirect:/library/resources/" + contribution.resource() + ANCHOR;
        } catch (LibraryRefusal refusal) {
            FormRefusals.bind(refusal, result);
            model.addAttribute("contribution", contribution);
            return "library/contribution-form";
        }
    }

    @PostMapping("/library/contributions/{id}/hide")
    String hide(@PathVariable String id, RedirectAttributes redirect) {
        ResourceId resource = contributions.moderate(CurrentAccount.required(), parse(id), true);
        Flash.success(redirect, "editorial.contribution.hidden");
        return "redirect:/library/resources/" + resource + ANCHOR;
    }

    @PostMapping("/library/contributions/{id}/show")
    String show(@PathVariable String id, RedirectAttributes redirect) {
        ResourceId resource = contributions.moderate(CurrentAccount.required(), parse(id), false);
        Flash.success(redirect, "editorial.contribution.shown");
        return "redirect:/library/resources/" + resource + ANCHOR;
    }

    private static void refused(LibraryRefusal refusal, ContributionForm form, String name,
            RedirectAttributes redirect) {
        Flash.error(redirect, refusal.code(), refusal.arguments());
        redirect.addFlashAttribute(name, form);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("contribution");
        }
    }
}
