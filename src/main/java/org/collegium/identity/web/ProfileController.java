package org.collegium.identity.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountRefusal;
import org.collegium.identity.ProfileDetails;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own profile and password. Saving applies name, language and zone from the next page on.
 * The organisation is typed by name; suggestions come from the directory while typing, when JavaScript runs.
 */
@Controller
class ProfileController {

    static final int SUGGESTIONS = 10;
    private static final String VIEW = "identity/profile";

    private final Profiles profiles;
    private final SignedInSession session;

    ProfileController(Profiles profiles, SignedInSession session) {
        this.profiles = profiles;
        this.session = session;
    }

    @ModelAttribute("choices")
    ProfileChoices choices(Locale locale) {
        return ProfileChoices.in(locale, profiles.organisationChoices().isPresent());
    }

    @GetMapping("/account/profile")
    String profile(Model model) {
        model.addAttribute("profileForm", storedForm());
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        return VIEW;
    }

    /** Only the options of the organisation field's suggestion list (the input sends its value as "organisation"). */
    @GetMapping("/account/profile/organisations")
    String organisations(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "organisation", required = false) String typed, Model model) {
        me();
        String text = query != null ? query : typed;
        model.addAttribute("suggestions", profiles.suggestOrganisations(text, SUGGESTIONS));
        return "identity/organisation-options :: options";
    }

    @PostMapping("/account/profile")
    String save(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        form.check(errors);
        Optional<UUID> organisation = Optional.empty();
        if (!form.namesNoOrganisation() && !errors.hasFieldErrors("organisation")) {
            organisation = profiles.organisationNamed(form.organisation().strip());
            if (organisation.isEmpty()) {
                errors.rejectValue("organisation", "identity.profile.organisation.unknown");
            }
        }
        if (!errors.hasErrors()) {
            try {
                profiles.update(me(), form.toDetails(organisation.orElse(null)));
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
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                HttpSession current = request.getSession(false);
                profiles.changePassword(me(), form.currentPassword(), form.newPassword(),
                        current == null ? null : current.getId());
                Flash.success(redirect, "identity.password.changed");
                return "redirect:/account/profile";
            } catch (AccountRefusal refusal) {
                errors.rejectValue(refusal.field(), refusal.code());
            }
        }
        model.addAttribute("profileForm", storedForm());
        return VIEW;
    }

    private ProfileForm storedForm() {
        ProfileDetails stored = profiles.profile(me());
        return ProfileForm.of(stored, profiles.organisationName(stored)).withBlankRows();
    }

    private static AccountId me() {
        return Viewers.current().map(Viewer::accountId).map(AccountId::new)
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
