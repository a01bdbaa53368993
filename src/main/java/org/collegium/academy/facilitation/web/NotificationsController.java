package org.collegium.academy.facilitation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.collegium.academy.facilitation.LearnerNotifications;
import org.collegium.academy.facilitation.NotificationKind;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in learner chooses which mails of the e-Academy to receive.
 */
@Controller
class NotificationsController {

    private final LearnerNotifications notifications;

    NotificationsController(LearnerNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/account/notifications")
    String show(Model model) {
        model.addAttribute("kinds", List.of(NotificationKind.values()));
        model.addAttribute("enabled", notifications.enabledFor(signedIn()));
        return "academy/facilitation/notifications";
    }

    @PostMapping("/account/notifications")
    String choose(@RequestParam(name = "kind", required = false) List<NotificationKind> kinds,
            RedirectAttributes redirect) {
        Set<NotificationKind> enabled = EnumSet.noneOf(NotificationKind.class);
        if (kinds != null) {
            enabled.addAll(kinds);
        }
        notifications.choose(signedIn(), enabled);
        Flash.success(redirect, "facilitation.notifications.saved");
        return "redirect:/account/notifications";
    }

    private static AccountId signedIn() {
        return Viewers.current().flatMap(Accounts::idOf)
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
