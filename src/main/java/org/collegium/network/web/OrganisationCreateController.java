package org.collegium.network.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform administrators add organisations to the directory.
 */
@Controller
class OrganisationCreateController {

    private final DirectoryEditing editing;
    private final EditingPages pages;

    OrganisationCreateController(DirectoryEditing editing, EditingPages pages) {
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping("/directory/new")
    String form(Locale locale, Model model) {
        pages.requireAdministrator();
        model.addAttribute("organisationForm", OrganisationForm.empty());
        pages.choices(model, locale);
        return "network/new";
    }

    @PostMapping("/directory/new")
    String create(@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult errors, Locale locale,
            Model model, RedirectAttributes redirect) {
        pages.requireAdministrator();
        if (!ContentLanguages.isKnown(organisationForm.language())) {
            errors.rejectValue("language", "network.language.required");
        }
        if (errors.hasErrors()) {
            pages.choices(model, locale);
            return "network/new";
        }
        OrganisationSummary created = editing.create(pages.viewer(), organisationForm.details(), organisationForm.language());
        Flash.success(redirect, "network.flash.created");
        return "redirect:/directory/" + created.slug();
    }
}
