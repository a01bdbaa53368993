package org.collegium.exchange.web;

import java.util.List;
import java.util.Locale;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
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
 * An association's focal point, or the programme's secretariat, files an expertise request for a call and revises
 * it until the call's deadline.
 */
@Controller
class RequestFormController {

    private static final String PAGE = "exchange/request-form";

    private final Calls calls;
    private final Programmes programmes;
    private final ExpertiseRequests requests;
    private final Directory directory;
    private final FilingAssociations filing;
    private final RequestFormChoices choices;

    RequestFormController(Calls calls, Programmes programmes, ExpertiseRequests requests, Directory directory,
            FilingAssociations filing, RequestFormChoices choices) {
        this.calls = calls;
        this.programmes = programmes;
        this.requests = requests;
        this.directory = directory;
        this.filing = filing;
        this.choices = choices;
    }

    @GetMapping("/exchange/calls/{id}/requests/new")
    String form(@PathVariable String id, Locale locale, Model model) {
        CallView call = calls.get(Ids.call(id));
        return newRequest(call, RequestForm.empty(), locale, model);
    }

    @PostMapping("/exchange/calls/{id}/requests/new")
    String file(@PathVariable String id, @ModelAttribute("form") RequestForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect) {
        CallView call = calls.get(Ids.call(id));
        if (!result.hasErrors()) {
            try {
                ExpertiseRequestId filed = requests.file(CurrentAccount.required(), call.id(), form.draft(null));
                Flash.success(redirect, "exchange.request.filed", form.title().strip());
                return "redirect:/exchange/requests/" + filed.value();
            } catch (ExchangeRefusal refusal) {
                Refusals.bind(refusal, result);
            }
        }
        return newRequest(call, form, locale, model);
    }

    @GetMapping("/exchange/requests/{id}/edit")
    String edit(@PathVariable String id, Locale locale, Model model) {
        ExpertiseRequestView request = requests.get(Ids.request(id));
        return revision(request, RequestForm.of(request), locale, model);
    }

    @PostMapping("/exchange/requests/{id}/edit")
    String revise(@PathVariable String id, @ModelAttribute("form") RequestForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect) {
        ExpertiseRequestView request = requests.get(Ids.request(id));
        if (!result.hasErrors()) {
            try {
                requests.revise(CurrentAccount.required(), request.id(), form.draft(request.association()));
                Flash.success(redirect, "exchange.request.revised");
                return "redirect:/exchange/requests/" + request.id().value();
            } catch (ExchangeRefusal refusal) {
                Refusals.bind(refusal, result);
            }
        }
        return revision(request, form, locale, model);
    }

    private String newRequest(CallView call, RequestForm form, Locale locale, Model model) {
        ProgrammeView programme = programmes.get(call.programme());
        List<OrganisationSummary> associations = filing.of(CurrentAccount.required(), programme, locale);
        if (associations.isEmpty()) {
            throw new AccessDeniedException("only focal points of partner associations and the secretariat file requests");
        }
        model.addAttribute("associations", associations.stream().map(association -> new Choice(
                association.id().value().toString(),
                association.name() + " (" + Countries.name(association.country(), locale) + ")")).toList());
        model.addAttribute("action", "/exchange/calls/" + call.id().value() + "/requests/new");
        return render(call, programme, form, locale, model);
    }

    private String revision(ExpertiseRequestView request, RequestForm form, Locale locale, Model model) {
        ProgrammeView programme = programmes.get(request.programme());
        OrganisationSummary association = directory.find(request.association())
                .orElseThrow(() -> new NotFoundException("association"));
        if (!requests.mayFileFor(CurrentAccount.required(), programme.id(), association)) {
            throw new AccessDeniedException("only the association's focal point or the secretariat revises its request");
        }
        model.addAttribute("association", association.name());
        model.addAttribute("revised", request);
        model.addAttribute("action", "/exchange/requests/" + request.id().value() + "/edit");
        return render(calls.get(request.call()), programme, form, locale, model);
    }

    private String render(CallView call, ProgrammeView programme, RequestForm form, Locale locale, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("programme", programme);
        if (!model.containsAttribute("form")) {
            // After a post the form is already there, bound with its errors: replacing it would lose them.
            model.addAttribute("form", form);
        }
        model.addAttribute("choices", choices.of(form, locale));
        return PAGE;
    }
}
