package org.collegium.library.web;

import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.library.Creator;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.Licence;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceLink;
import org.collegium.library.Sdgs;
import org.collegium.library.Sendai;
import org.collegium.library.resource.Resources;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that describe a resource: a signed-in member submits a new one at {@code /library/submit} (first choosing
 * its kind), its submitter or an editor changes it at {@code /library/resources/{id}/edit}. Rows of translations,
 * creators and links are added and removed by buttons that post the form back, so no script is needed; so are
 * organisations linked to the directory's, or unlinked ({@link CreatorLinks}).
 */
@Controller
class ResourceFormController {

    private static final String PAGE = "library/resource-form";

    private final Resources resources;
    private final ResourceFormChoices choices;
    private final CreatorLinks creatorLinks;

    ResourceFormController(Resources resources, ResourceFormChoices choices, CreatorLinks creatorLinks) {
        this.resources = resources;
        this.choices = choices;
        this.creatorLinks = creatorLinks;
    }

    @GetMapping("/library/submit")
    String submission(@RequestParam(required = false) ResourceKind kind, Locale locale, Model model) {
        CurrentAccount.required();
        if (kind == null) {
            model.addAttribute("kinds", ResourceKind.values());
            return "library/submit-kind";
        }
        return render(ResourceForm.empty(kind), null, locale, model);
    }

    @PostMapping("/library/submit")
    String submit(@ModelAttribute("form") ResourceForm form, BindingResult result,
            @RequestParam(required = false) String add, @RequestParam(required = false) String remove,
            @RequestParam(required = false) String link, @RequestParam(required = false) String unlink, Locale locale,
            Model model, RedirectAttributes redirect) {
        AccountId author = CurrentAccount.required();
        if (changesRows(form, add, remove, link, unlink) || result.hasErrors()
                || !creatorLinks.resolve(form, result, locale)) {
            return render(form, null, locale, model);
        }
        try {
            ResourceId id = resources.draft(author, form.draft());
            Flash.success(redirect, "editorial.saved");
            return "redirect:/library/resources/" + id;
        } catch (LibraryRefusal refusal) {
            FormRefusals.bind(refusal, result);
            return render(form, null, locale, model);
        }
    }

    @GetMapping("/library/resources/{id}/edit")
    String edit(@PathVariable String id, Locale locale, Model model) {
        ResourceId resource = ResourcePageController.parse(id);
        ResourceDraft draft = resources.draftOf(CurrentAccount.required(), resource);
        return render(ResourceForm.of(draft), resource, locale, model);
    }

    @PostMapping("/library/resources/{id}/edit")
    String revise(@PathVariable String id, @ModelAttribute("form") ResourceForm form, BindingResult result,
            @RequestParam(required = false) String add, @RequestParam(required = false) String remove,
            @RequestParam(required = false) String link, @RequestParam(required = false) String unlink, Locale locale,
            Model model, RedirectAttributes redirect) {
        ResourceId resource = ResourcePageController.parse(id);
        AccountId actor = CurrentAccount.required();
        ResourceDraft current = resources.draftOf(actor, resource);
        // The kind and network are fixed once the resource exists: the form shows them, it does not change them.
        form.setKind(current.kind());
        form.setNetwork(current.network().value().toString());
        if (changesRows(form, add, remove, link, unlink) || result.hasErrors()
                || !creatorLinks.resolve(form, result, locale)) {
            return render(form, resource, locale, model);
        }
        try {
            resources.revise(actor, resource, form.draft());
            Flash.success(redirect, "editorial.revised");
            return "redirect:/library/resources/" + resource;
        } catch (LibraryRefusal refusal) {
            FormRefusals.bind(refusal, result);
            return render(form, resource, locale, model);
        }
    }

    private boolean changesRows(ResourceForm form, String add, String remove, String link, String unlink) {
        if (add != null) {
            form.addRow(add);
            return true;
        }
        if (remove != null) {
            form.removeRow(remove);
            return true;
        }
        if (link != null) {
            creatorLinks.choose(form, link);
            return true;
        }
        if (unlink != null) {
            form.unlinkRow(unlink);
            return true;
        }
        return false;
    }

    private String render(ResourceForm form, ResourceId revised, Locale locale, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        creatorLinks.show(form);
        model.addAttribute("revised", revised);
        model.addAttribute("action", revised == null ? "/library/submit" : "/library/resources/" + revised + "/edit");
        model.addAttribute("networks", choices.networks());
        model.addAttribute("contentLanguages", choices.languages());
        model.addAttribute("countries", choices.countries(locale));
        model.addAttribute("caseSections", choices.sections());
        model.addAttribute("creatorKinds", Creator.Kind.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("themes", ExpertiseTopic.values());
        model.addAttribute("sdgGoals", Sdgs.GOALS);
        model.addAttribute("sendaiPriorities", Sendai.PRIORITIES);
        model.addAttribute("sendaiTargets", Sendai.TARGETS);
        model.addAttribute("licences", Licence.values());
        model.addAttribute("linkKinds", ResourceLink.Kind.values());
        return PAGE;
    }
}
