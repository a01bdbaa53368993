package org.collegium.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.collegium.identity.AccountRefusal;
import org.collegium.identity.LinkStatus;
import org.collegium.identity.PasswordResets;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("emailForm", EmailForm.empty());
        return "identity/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult errors, HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "identity/forgot";
        }
        resets.request(form.email(), ClientAddress.of(request));
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String sent() {
        return "identity/forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
        LinkStatus status = resets.status(token);
        if (!status.isValid()) {
            model.addAttribute("status", status);
            return "identity/reset-invalid";
        }
        model.addAttribute("newPasswordForm", new NewPasswordForm(token, ""));
        return "identity/reset";
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("newPasswordForm") NewPasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasFieldErrors("password")) {
            return "identity/reset";
        }
        LinkStatus status;
        try {
            status = resets.reset(form.token(), form.password());
        } catch (AccountRefusal refusal) {
            errors.rejectValue(refusal.field(), refusal.code());
            return "identity/reset";
        }
        if (!status.isValid()) {
            model.addAttribute("status", status);
            return "identity/reset-invalid";
        }
        Flash.success(redirect, "identity.reset.done");
        return "redirect:/sign-in";
    }
}
