package org.collegium.identity.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountRefusal;
import org.collegium.identity.OrganisationChoices;
import org.collegium.identity.Profiles;
import org.collegium.identity.SignedInSession;
import org.collegium.shared.Viewer;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own profile and password. Saving applies name, language and zone from the next page on.
 */
@Controller
class ProfileController {

    private static final String VIEW = "identity/profile";

    private final Profiles profiles;
    private final SignedInSession session;

    ProfileController(Profiles profiles, SignedInSession session) {
        this.profiles = profiles;
        this.session = session;
    }

    @ModelAttribute("choices")
    ProfileChoices choices(Locale locale) {
        var organisations = profiles.organisationChoices();
        return ProfileChoices.in(locale, organisations.map(OrganisationChoices::choices).orElse(List.of()),
                organisations.isPresent());
    }

    @GetMapping("/account/profile")
    String profile(Model model) {
        model.addAttribute("profileForm", ProfileForm.of(profiles.profile(me())).withBlankRows());
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        return VIEW;
    }

    @PostMapping("/account/profile")
    String save(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                profiles.update(me(), form.toDetails());
                session.refresh(Viewers.current().orElseThrow(), request, response);
                Flash.success(redirect, "identity.profile.saved");
                return "redirect:/account/profile";
            } catch (AccountRefusal refusal) {
                errors.rejectValue(refusal.field(), refusal.code());
            }
        }
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        return VIEW;
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                profiles.changePassword(me(), form.currentPassword(), form.newPassword());
                Flash.success(redirect, "identity.password.changed");
                return "redirect:/account/profile";
            } catch (AccountRefusal refusal) {
                errors.rejectValue(refusal.field(), refusal.code());
            }
        }
        model.addAttribute("profileForm", ProfileForm.of(profiles.profile(me())).withBlankRows());
        return VIEW;
    }

    private static AccountId me() {
        return Viewers.current().map(Viewer::accountId).map(AccountId::new)
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
