package org.collegium.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form it posts. After a failure, it says why, as far as it may:
 * wrong address or password (never which), address not yet confirmed, or too many attempts.
 */
@Controller
class SignInController {

    private final MessageSource messages;

    SignInController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model, Locale locale) {
        if (request.getParameterMap().containsKey("error")) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof MessageSourceResolvable resolvable) {
                model.addAttribute("problem", messages.getMessage(resolvable, locale));
            } else if (failure instanceof DisabledException) {
                model.addAttribute("problem", messages.getMessage("identity.sign-in.unconfirmed", null, locale));
                model.addAttribute("unconfirmed", true);
            } else {
                model.addAttribute("problem", messages.getMessage("identity.sign-in.failed", null, locale));
            }
        }
        return "identity/sign-in";
    }
}
