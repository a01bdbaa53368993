package org.collegium.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.collegium.identity.AccountRefusal;
import org.collegium.identity.LinkStatus;
import org.collegium.identity.Registrations;
import org.collegium.shared.i18n.UiLanguages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RegistrationController {

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @ModelAttribute("languages")
    java.util.List<Locale> languages() {
        return UiLanguages.ALL;
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        model.addAttribute("registrationForm", RegistrationForm.empty(locale));
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult errors,
            HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "identity/register";
        }
        try {
            registrations.register(form.email(), form.displayName(), form.password(), form.locale(),
                    ClientAddress.of(request));
        } catch (AccountRefusal refusal) {
            errors.rejectValue(refusal.field(), refusal.code());
            return "identity/register";
        }
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String sent() {
        return "identity/register-sent";
    }

    @GetMapping("/register/confirm")
    String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
        LinkStatus status = registrations.confirm(token);
        model.addAttribute("status", status);
        model.addAttribute("emailForm", EmailForm.empty());
        return "identity/confirm";
    }

    @GetMapping("/register/resend")
    String resendForm(Model model) {
        model.addAttribute("emailForm", EmailForm.empty());
        return "identity/resend";
    }

    @PostMapping("/register/resend")
    String resend(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult errors, HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "identity/resend";
        }
        registrations.resendConfirmation(form.email(), ClientAddress.of(request));
        return "redirect:/register/sent";
    }
}
