package org.collegium.exchange.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallId;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
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

/**
 * A programme's page for its secretariat: the people of the secretariat (who appoint others by e-mail), the
 * programme's calls, and opening a call whose deadline is a local time in a zone chosen from the list.
 */
@Controller
class ProgrammeManagementController {

    private static final String PAGE = "exchange/programme";

    private final Programmes programmes;
    private final Calls calls;
    private final Accounts accounts;
    private final Roles roles;
    private final SecretariatNames secretariat;

    ProgrammeManagementController(Programmes programmes, Calls calls, Accounts accounts, Roles roles,
            SecretariatNames secretariat) {
        this.programmes = programmes;
        this.calls = calls;
        this.accounts = accounts;
        this.roles = roles;
        this.secretariat = secretariat;
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return TimeZones.ALL;
    }

    @GetMapping("/exchange/programmes/{id}")
    String page(@PathVariable String id, Locale locale, Model model) {
        ProgrammeView programme = managed(id);
        model.addAttribute("appointment", new AppointmentForm(""));
        model.addAttribute("callForm", CallForm.empty());
        return render(programme, locale, model);
    }

    @PostMapping("/exchange/programmes/{id}/secretariat")
    String appoint(@PathVariable String id, @ModelAttribute("appointment") AppointmentForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect) {
        ProgrammeView programme = managed(id);
        AccountSummary person = form.email() == null ? null : accounts.findByEmail(form.email().strip()).orElse(null);
        if (person == null) {
            result.rejectValue("email", "exchange.appointment.unknown");
            model.addAttribute("callForm", CallForm.empty());
            return render(programme, locale, model);
        }
        programmes.appointSecretariat(CurrentAccount.required(), programme.id(), person.id());
        Flash.success(redirect, "exchange.appointment.done", person.displayName());
        return "redirect:/exchange/programmes/" + programme.id().value();
    }

    @PostMapping("/exchange/programmes/{id}/calls")
    String open(@PathVariable String id, @ModelAttribute("callForm") CallForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect) {
        ProgrammeView programme = managed(id);
        if (!result.hasErrors()) {
            try {
                CallDeadline deadline = Deadlines.of(form.deadline(), form.zone());
                Instant opensAt = form.opensAt() == null ? null
                        : new CallDeadline(form.opensAt(), deadline.zone()).instant();
                CallId call = calls.open(CurrentAccount.required(), programme.id(), form.title(), opensAt, deadline);
                Flash.success(redirect, "exchange.call.opened", form.title().strip());
                return "redirect:/exchange/calls/" + call.value();
            } catch (ExchangeRefusal refusal) {
                // The opening is read in the deadline's zone: a time the clocks skip there is the opening's fault.
                boolean opening = form.opensAt() != null && refusal.code().equals("exchange.deadline.not-in-zone")
                        && form.opensAt().equals(refusal.arguments()[0]);
                Refusals.bind(refusal, opening ? "opensAt" : refusal.field(), result);
            }
        }
        model.addAttribute("appointment", new AppointmentForm(""));
        return render(programme, locale, model);
    }

    private String render(ProgrammeView programme, Locale locale, Model model) {
        model.addAttribute("facts", secretariat.facts(programme, locale));
        model.addAttribute("people", accounts.findAll(roles.holders(Role.PROGRAMME_SECRETARIAT, programme.id().value()))
                .values().stream().map(AccountSummary::displayName).sorted().toList());
        model.addAttribute("calls", calls.ofProgramme(programme.id()));
        return PAGE;
    }

    /** The programme, for its secretariat and platform administrators only. */
    private ProgrammeView managed(String id) {
        ProgrammeId programme = Ids.programme(id);
        ProgrammeView view = programmes.get(programme);
        AccountId actor = CurrentAccount.required();
        if (!roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value())) {
            throw new AccessDeniedException("only the secretariat of programme " + programme.value() + " manages it");
        }
        return view;
    }
}
