package org.collegium.network.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.collegium.network.Directory;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.DirectoryRefusal;
import org.collegium.network.OrganisationSummary;
import org.collegium.network.OrganisationView;
import org.collegium.shared.i18n.TranslationStatus;
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
 * Editing an organisation: its details, its descriptions, its focal points and its memberships.
 */
@Controller
class OrganisationEditController {

    private final Directory directory;
    private final DirectoryEditing editing;
    private final EditingPages pages;

    OrganisationEditController(Directory directory, DirectoryEditing editing, EditingPages pages) {
        this.directory = directory;
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping("/directory/{slug}/edit")
    String edit(@PathVariable String slug, @RequestParam(name = "language", required = false) String language,
            Locale locale, Model model) {
        OrganisationSummary organisation = pages.editable(slug);
        model.addAttribute("organisationForm", OrganisationForm.of(directory.details(organisation.id()).orElseThrow()));
        OrganisationView view = directory.profile(slug);
        String chosen = language == null ? locale.getLanguage() : language;
        Optional<String> existing = view.description().readable(chosen)
                .or(() -> Optional.ofNullable(view.description().translations().get(chosen)).map(t -> t.text()));
        TranslationStatus status = Optional.ofNullable(view.description().translations().get(chosen))
                .map(t -> t.status()).orElse(TranslationStatus.TRANSLATED);
        model.addAttribute("descriptionForm", new DescriptionForm(chosen, existing.orElse(""), status));
        return render(slug, model, locale);
    }

    @PostMapping("/directory/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute OrganisationForm organisationForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = pages.editable(slug);
        if (errors.hasErrors()) {
            return render(slug, model, locale);
        }
        editing.update(pages.viewer(), organisation.id(), organisationForm.details());
        Flash.success(redirect, "network.flash.updated");
        return "redirect:/directory/" + slug;
    }

    @PostMapping("/directory/{slug}/description")
    String describe(@PathVariable String slug, @Valid @ModelAttribute DescriptionForm descriptionForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = pages.editable(slug);
        if (!org.collegium.shared.i18n.ContentLanguages.isKnown(descriptionForm.language())) {
            errors.rejectValue("language", "network.language.required");
        }
        if (errors.hasErrors()) {
            return render(slug, model, locale);
        }
        editing.describe(pages.viewer(), organisation.id(), descriptionForm.language(), descriptionForm.text(),
                descriptionForm.status());
        Flash.success(redirect, "network.flash.described");
        return "redirect:/directory/" + slug + "/edit?language=" + descriptionForm.language();
    }

    @PostMapping("/directory/{slug}/focal-points")
    String appoint(@PathVariable String slug, @Valid @ModelAttribute FocalPointForm focalPointForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = pages.editable(slug);
        if (!errors.hasErrors()) {
            try {
                editing.appointFocalPoint(pages.viewer(), organisation.id(), focalPointForm.email());
                Flash.success(redirect, "network.flash.focal-point-added");
                return "redirect:/directory/" + slug + "/edit";
            } catch (DirectoryRefusal refusal) {
                errors.rejectValue("email", refusal.code());
            }
        }
        return render(slug, model, locale);
    }

    @PostMapping("/directory/{slug}/focal-points/{account}/remove")
    String removeFocalPoint(@PathVariable String slug, @PathVariable UUID account, RedirectAttributes redirect) {
        OrganisationSummary organisation = pages.editable(slug);
        editing.removeFocalPoint(pages.viewer(), organisation.id(), account);
        Flash.success(redirect, "network.flash.focal-point-removed");
        return "redirect:/directory/" + slug + "/edit";
    }

    @PostMapping("/directory/{slug}/memberships")
    String join(@PathVariable String slug, @Valid @ModelAttribute MembershipForm membershipForm, BindingResult errors,
            Locale locale, Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = pages.editable(slug);
        pages.requireAdministrator();
        Optional<OrganisationSummary> parent = errors.hasErrors() ? Optional.empty()
                : directory.findBySlug(membershipForm.parent().strip());
        if (!errors.hasErrors() && parent.isEmpty()) {
            errors.rejectValue("parent", "network.membership.parent.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                editing.addMembership(pages.viewer(), organisation.id(), parent.orElseThrow().id(), membershipForm.since());
                Flash.success(redirect, "network.flash.membership-added");
                return "redirect:/directory/" + slug + "/edit";
            } catch (DirectoryRefusal refusal) {
                errors.rejectValue("parent", refusal.code());
            }
        }
        return render(slug, model, locale);
    }

    @PostMapping("/directory/{slug}/memberships/{parent}/remove")
    String leave(@PathVariable String slug, @PathVariable("parent") String parentSlug, RedirectAttributes redirect) {
        OrganisationSummary organisation = pages.editable(slug);
        pages.requireAdministrator();
        directory.findBySlug(parentSlug).ifPresent(parent ->
                editing.removeMembership(pages.viewer(), organisation.id(), parent.id()));
        Flash.success(redirect, "network.flash.membership-removed");
        return "redirect:/directory/" + slug + "/edit";
    }

    private String render(String slug, Model model, Locale locale) {
        OrganisationView view = directory.profile(slug);
        model.addAttribute("organisation", view);
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", OrganisationForm.of(directory.details(view.entry().id()).orElseThrow()));
        }
        if (!model.containsAttribute("descriptionForm")) {
            model.addAttribute("descriptionForm", new DescriptionForm(locale.getLanguage(), "", TranslationStatus.TRANSLATED));
        }
        model.addAttribute("descriptionLanguages", view.description().translations().keySet().stream().sorted().toList());
        model.addAttribute("description", view.description().in(locale));
        if (!model.containsAttribute("focalPointForm")) {
            model.addAttribute("focalPointForm", new FocalPointForm(""));
        }
        if (!model.containsAttribute("membershipForm")) {
            model.addAttribute("membershipForm", new MembershipForm("", null));
        }
        pages.choices(model, locale);
        return "network/edit";
    }

}
