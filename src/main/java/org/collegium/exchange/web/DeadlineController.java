package org.collegium.exchange.web;

import java.util.List;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.time.TimeZones;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat moves a call's deadline, earlier or later; the call then shows the new date and the old one. */
@Controller
class DeadlineController {

    private static final String PAGE = "exchange/deadline";

    private final Calls calls;
    private final Roles roles;

    DeadlineController(Calls calls, Roles roles) {
        this.calls = calls;
        this.roles = roles;
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return TimeZones.ALL;
    }

    @GetMapping("/exchange/calls/{id}/deadline")
    String form(@PathVariable String id, Model model) {
        CallView call = managed(id);
        model.addAttribute("call", call);
        model.addAttribute("form", DeadlineForm.of(call.deadline()));
        return PAGE;
    }

    @PostMapping("/exchange/calls/{id}/deadline")
    String move(@PathVariable String id, @ModelAttribute("form") DeadlineForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CallView call = managed(id);
        model.addAttribute("call", call);
        if (result.hasErrors()) {
            return PAGE;
        }
        try {
            calls.moveDeadline(CurrentAccount.required(), call.id(), Deadlines.of(form.deadline(), form.zone()));
        } catch (ExchangeRefusal refusal) {
            Refusals.bind(refusal, result);
            return PAGE;
        }
        Flash.success(redirect, "exchange.call.deadline-moved");
        return "redirect:/exchange/calls/" + call.id().value();
    }

    /** The call, for its programme's secretariat and platform administrators only. */
    private CallView managed(String id) {
        CallView call = calls.get(Ids.call(id));
        AccountId actor = CurrentAccount.required();
        if (!roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, call.programme().value())) {
            throw new AccessDeniedException("only the programme's secretariat moves the deadline");
        }
        return call;
    }
}
