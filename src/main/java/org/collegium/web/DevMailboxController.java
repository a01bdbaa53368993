package org.collegium.web;

import org.collegium.shared.mail.DevMailbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development mailbox: every mail Collegium sent, so that a newcomer can follow confirmation and reset links.
 * It exists only where mail goes to the in-process server, never in production.
 */
@Controller
@ConditionalOnBean(DevMailbox.class)
class DevMailboxController {

    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) {
        model.addAttribute("messages", mailbox.messages());
        return "web/mailbox";
    }
}
