package org.collegium.academy.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyRefusal;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
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
 * An academy's staff, with their addresses: seen and changed by its administrators only.
 */
@Controller
class AcademyStaffController {

    private final Academies academies;
    private final AcademyStaff staff;
    private final AcademyAccess access;

    AcademyStaffController(Academies academies, AcademyStaff staff, AcademyAccess access) {
        this.academies = academies;
        this.staff = staff;
        this.access = access;
    }

    @GetMapping("/academies/{slug}/manage/staff")
    String list(@PathVariable String slug, Model model) {
        AcademySummary academy = administered(slug);
        model.addAttribute("form", AppointmentForm.empty());
        return page(academy, model);
    }

    @PostMapping("/academies/{slug}/manage/staff")
    String appoint(@PathVariable String slug, @Valid @ModelAttribute("form") AppointmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        AcademySummary academy = administered(slug);
        if (!result.hasErrors()) {
            try {
                staff.appoint(CurrentAccount.required(), academy.id(), form.email().strip(), form.role());
                Flash.success(redirect, "academy.staff.appointed");
                return "redirect:/academies/" + academy.slug() + "/manage/staff";
            } catch (AcademyRefusal refusal) {
                Refusals.bind(refusal, result);
            }
        }
        return page(academy, model);
    }

    @PostMapping("/academies/{slug}/manage/staff/remove")
    String dismiss(@PathVariable String slug, @RequestParam("account") UUID member, @RequestParam("role") Role role,
            RedirectAttributes redirect) {
        AcademySummary academy = administered(slug);
        try {
            staff.dismiss(CurrentAccount.required(), academy.id(), new AccountId(member), role);
            Flash.success(redirect, "academy.staff.removed");
        } catch (AcademyRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return "redirect:/academies/" + academy.slug() + "/manage/staff";
    }

    private AcademySummary administered(String slug) {
        AcademySummary academy = academies.get(slug);
        access.checkAdministrator(CurrentAccount.optional(), academy.id());
        return academy;
    }

    private String page(AcademySummary academy, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("staff", staff.staffOf(CurrentAccount.required(), academy.id()));
        model.addAttribute("staffRoles", List.of(Role.ACADEMY_ADMINISTRATOR, Role.FACILITATOR));
        return "academy/staff";
    }
}
