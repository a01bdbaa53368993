package org.collegium.academy.web;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademyRefusal;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.NewAcademy;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrators' academy pages: the list, and opening an academy with its first administrator.
 */
@Controller
class AcademyAdminController {

    private final Academies academies;
    private final AcademyStaff staff;
    private final AcademyAccess access;
    private final Directory directory;
    private final TransactionTemplate transaction;

    AcademyAdminController(Academies academies, AcademyStaff staff, AcademyAccess access, Directory directory,
            TransactionTemplate transaction) {
        this.academies = academies;
        this.staff = staff;
        this.access = access;
        this.directory = directory;
        this.transaction = transaction;
    }

    @ModelAttribute("contentLanguages")
    Object contentLanguages() {
        return LanguageChoice.ALL;
    }

    @GetMapping("/admin/academies")
    String list(Model model) {
        access.checkPlatformAdministrator(CurrentAccount.optional());
        model.addAttribute("academies", academies.findAll());
        return "academy/admin-list";
    }

    @GetMapping("/admin/academies/new")
    String newAcademy(Model model) {
        access.checkPlatformAdministrator(CurrentAccount.optional());
        model.addAttribute("form", NewAcademyForm.empty());
        return "academy/new";
    }

    @PostMapping("/admin/academies/new")
    String create(@Valid @ModelAttribute("form") NewAcademyForm form, BindingResult result,
            RedirectAttributes redirect) {
        AccountId actor = CurrentAccount.required();
        access.checkPlatformAdministrator(CurrentAccount.optional());
        if (result.hasErrors()) {
            return "academy/new";
        }
        try {
            // Opening the academy and naming its first administrator succeed or fail together.
            transaction.executeWithoutResult(status -> {
                OrganisationSummary organisation = directory.findBySlug(form.organisation().strip())
                        .orElseThrow(() -> new AcademyRefusal("organisation", "academy.organisation.unknown"));
                AcademyId id = academies.create(actor, new NewAcademy(form.slug(), form.name(), organisation.id(),
                        form.language(), form.description(), form.languages(), form.accentColour()));
                if (form.administratorEmail() != null && !form.administratorEmail().isBlank()) {
                    staff.appoint(actor, id, form.administratorEmail(), Role.ACADEMY_ADMINISTRATOR);
                }
            });
        } catch (AcademyRefusal refusal) {
            Refusals.bind(refusal.field().equals("email")
                    ? new AcademyRefusal("administratorEmail", refusal.code(), refusal.arguments()) : refusal, result);
            return "academy/new";
        }
        Flash.success(redirect, "academy.created", form.name());
        return "redirect:/academies/" + form.slug().strip();
    }
}
