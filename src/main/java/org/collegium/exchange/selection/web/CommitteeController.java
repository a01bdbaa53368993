package org.collegium.exchange.selection.web;

import java.util.Comparator;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The selection committee of a call: its members, and the secretariat appointing one more by e-mail address. */
@Controller
class CommitteeController {

    private static final String PAGE = "exchange/selection/committee";

    private final Selection selection;
    private final Calls calls;
    private final Accounts accounts;
    private final Roles roles;

    CommitteeController(Selection selection, Calls calls, Accounts accounts, Roles roles) {
        this.selection = selection;
        this.calls = calls;
        this.accounts = accounts;
        this.roles = roles;
    }

    @GetMapping("/exchange/calls/{id}/committee")
    String committee(@PathVariable String id, Model model) {
        return page(managed(id), "", model);
    }

    @PostMapping("/exchange/calls/{id}/committee")
    String appoint(@PathVariable String id, @RequestParam(name = "email", defaultValue = "") String email, Model model,
            RedirectAttributes redirect) {
        CallView call = managed(id);
        try {
            AccountId member = accounts.findByEmail(email.strip()).map(AccountSummary::id)
                    .orElseThrow(() -> new ExchangeRefusal("member", "selection.member.unknown"));
            selection.appoint(SignedIn.account(), call.id(), member);
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal, "email"));
            return page(call, email, model);
        }
        Flash.success(redirect, "selection.committee.appointed");
        return "redirect:/exchange/calls/" + call.id().value() + "/committee";
    }

    private String page(CallView call, String email, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("email", email);
        model.addAttribute("members", accounts.findAll(selection.committee(call.id())).values().stream()
                .sorted(Comparator.comparing(AccountSummary::displayName)).toList());
        return PAGE;
    }

    private CallView managed(String id) {
        CallView call = calls.get(Ids.call(id));
        if (!roles.mayAct(SignedIn.account(), Role.PROGRAMME_SECRETARIAT, call.programme().value())) {
            throw new AccessDeniedException("only the programme's secretariat appoints the committee");
        }
        return call;
    }
}
