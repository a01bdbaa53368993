package org.collegium.exchange.expression.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.Vocabulary;
import org.collegium.exchange.expression.ExpressionAttachments;
import org.collegium.exchange.expression.ExpressionDraft;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's expression of interest in a request: the form to start one, or the one it has, with Save draft,
 * Submit and Withdraw while the call is open; frozen after the deadline. A focal point of several municipalities
 * first chooses which one answers. Refusals come back next to their field, with what was typed.
 */
@Controller
class ExpressionController {

    static final String PAGE = "/exchange/requests/{request}/expression";

    private final ExpressionsOfInterest expressions;
    private final ExpressionAttachments attachments;
    private final ExpertiseRequests requests;
    private final Calls calls;
    private final Vocabulary vocabulary;
    private final MessageSource messages;

    ExpressionController(ExpressionsOfInterest expressions, ExpressionAttachments attachments,
            ExpertiseRequests requests, Calls calls, Vocabulary vocabulary, MessageSource messages) {
        this.expressions = expressions;
        this.attachments = attachments;
        this.requests = requests;
        this.calls = calls;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String show(@PathVariable String request, @RequestParam(required = false) String municipality, Model model) {
        AccountId actor = Viewing.required();
        ExpertiseRequestView found = requests.get(new ExpertiseRequestId(Viewing.uuid(request)));
        List<OrganisationSummary> candidates = expressions.municipalitiesOf(actor, found.programme());
        if (municipality == null && candidates.size() != 1) {
            model.addAttribute("request", found);
            model.addAttribute("candidates", candidates);
            return "exchange/expression/choose";
        }
        OrganisationSummary chosen = chosen(candidates, municipality);
        Optional<ExpressionOfInterestView> existing = expressions.of(actor, found.id(), chosen.id());
        ExpressionForm form = existing.map(ExpressionForm::of).orElseGet(ExpressionForm::empty);
        return page(actor, found, chosen, existing, form, Map.of(), model);
    }

    @PostMapping(PAGE)
    String save(@PathVariable String request, @RequestParam String municipality,
            @RequestParam(defaultValue = "save") String action, @ModelAttribute("form") ExpressionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        AccountId actor = Viewing.required();
        ExpertiseRequestView found = requests.get(new ExpertiseRequestId(Viewing.uuid(request)));
        OrganisationSummary chosen = chosen(expressions.municipalitiesOf(actor, found.programme()), municipality);
        Optional<ExpressionOfInterestView> existing = expressions.of(actor, found.id(), chosen.id());
        if ("add-row".equals(action)) {
            return page(actor, found, chosen, existing, form.withAnotherRow(), Map.of(), model);
        }
        if (binding.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                    text("expression.form.unreadable")));
            return page(actor, found, chosen, existing, form, errors, model);
        }
        List<Integer> positions = new ArrayList<>();
        ExpressionDraft draft = form.toDraft(positions);
        try {
            switch (action) {
                case "submit" -> {
                    if (existing.isPresent()) {
                        expressions.submit(actor, existing.get().id(), draft);
                    } else {
                        expressions.draftAndSubmit(actor, found.id(), chosen.id(), draft);
                    }
                    Flash.success(redirect, "expression.flash.submitted");
                }
                case "withdraw" -> {
                    expressions.withdraw(actor, existing.orElseThrow(() -> new AccessDeniedException("nothing to withdraw")).id());
                    Flash.success(redirect, "expression.flash.withdrawn");
                }
                default -> {
                    if (existing.isPresent()) {
                        expressions.revise(actor, existing.get().id(), draft);
                    } else {
                        expressions.draft(actor, found.id(), chosen.id(), draft);
                    }
                    Flash.success(redirect, "expression.flash.saved");
                }
            }
        } catch (ExchangeRefusal refusal) {
            return page(actor, found, chosen, existing, form, Map.of(field(refusal, positions), message(refusal)), model);
        }
        return "redirect:" + address(found.id(), chosen.id());
    }

    @PostMapping(PAGE + "/attachments")
    String attach(@PathVariable String request, @RequestParam String municipality,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        AccountId actor = Viewing.required();
        ExpertiseRequestView found = requests.get(new ExpertiseRequestId(Viewing.uuid(request)));
        OrganisationSummary chosen = chosen(expressions.municipalitiesOf(actor, found.programme()), municipality);
        ExpressionOfInterestView existing = expressions.of(actor, found.id(), chosen.id())
                .orElseThrow(() -> new AccessDeniedException("save a draft first"));
        try {
            if (file == null || file.isEmpty()) {
                throw new ExchangeRefusal("attachments", "exchange.expression.attachment.empty");
            }
            attachments.attach(actor, existing.id(), file.getOriginalFilename(), file.getSize(), file);
            Flash.success(redirect, "expression.flash.attached");
        } catch (ExchangeRefusal refusal) {
            return page(actor, found, chosen, Optional.of(existing), ExpressionForm.of(existing),
                    Map.of("attachments", message(refusal)), model);
        }
        return "redirect:" + address(found.id(), chosen.id());
    }

    @PostMapping(PAGE + "/attachments/{attachment}/delete")
    String detach(@PathVariable String request, @PathVariable String attachment, @RequestParam String municipality,
            Model model, RedirectAttributes redirect) {
        AccountId actor = Viewing.required();
        ExpertiseRequestView found = requests.get(new ExpertiseRequestId(Viewing.uuid(request)));
        OrganisationSummary chosen = chosen(expressions.municipalitiesOf(actor, found.programme()), municipality);
        ExpressionOfInterestView existing = expressions.of(actor, found.id(), chosen.id())
                .orElseThrow(() -> new AccessDeniedException("no expression"));
        try {
            attachments.detach(actor, existing.id(), Viewing.uuid(attachment));
            Flash.success(redirect, "expression.flash.detached");
        } catch (ExchangeRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return "redirect:" + address(found.id(), chosen.id());
    }

    static String address(ExpertiseRequestId request, OrganisationId municipality) {
        return "/exchange/requests/" + request.value() + "/expression?municipality=" + municipality.value();
    }

    private String page(AccountId actor, ExpertiseRequestView request, OrganisationSummary municipality,
            Optional<ExpressionOfInterestView> existing, ExpressionForm form, Map<String, String> errors, Model model) {
        CallView call = calls.get(request.call());
        List<ExchangeMethod> methods = new ArrayList<>(List.of(ExchangeMethod.values()));
        methods.sort(Comparator.comparing(method -> !request.methods().contains(method)));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("request", request);
        model.addAttribute("call", call);
        model.addAttribute("municipality", municipality);
        model.addAttribute("expression", existing.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("open", call.open());
        model.addAttribute("mayWrite", call.open() && expressions.mayWrite(actor, municipality.id()));
        model.addAttribute("members", expressions.proposable(actor, municipality.id()));
        model.addAttribute("functions", vocabulary.functions().stream()
                .map(term -> Map.entry(term.code(), term.label(locale))).toList());
        model.addAttribute("methods", methods);
        model.addAttribute("levels", LanguageLevel.values());
        model.addAttribute("maxAttachments", 5);
        return "exchange/expression/form";
    }

    /** The municipality named in the address, which must be one the viewer answers for. */
    private static OrganisationSummary chosen(List<OrganisationSummary> candidates, String municipality) {
        if (municipality == null) {
            if (candidates.size() == 1) {
                return candidates.getFirst();
            }
            throw new AccessDeniedException("choose a municipality");
        }
        UUID id = Viewing.uuid(municipality);
        return candidates.stream().filter(org -> org.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a focal point of municipality " + id));
    }

    /** The form field a refusal names: practitioner n of the draft is the row it was typed in. */
    private static String field(ExchangeRefusal refusal, List<Integer> positions) {
        String field = refusal.field() == null ? "global" : refusal.field();
        if (field.startsWith("practitioners[")) {
            int end = field.indexOf(']');
            int index = Integer.parseInt(field.substring("practitioners[".length(), end));
            if (index < positions.size()) {
                return "practitioners[" + positions.get(index) + "]" + field.substring(end + 1);
            }
        }
        return field;
    }

    private String message(ExchangeRefusal refusal) {
        return messages.getMessage(refusal.code(), refusal.arguments(), LocaleContextHolder.getLocale());
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
