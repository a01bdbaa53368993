package org.collegium.exchange.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.RequestFilter;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.web.Htmx;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public exchange pages: the programmes with their open calls, a call, the open requests with their filter, and
 * a request. Whether a call is open is the server's decision; deadlines show in the viewer's zone and the call's.
 */
@Controller
class ExchangePagesController {

    /** Requests per page: a call of thousands of requests still loads on a slow connection. */
    static final int PAGE_SIZE = 50;

    private final Clock clock;
    private final Selection selection;
    private final Programmes programmes;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final Directory directory;
    private final Roles roles;
    private final RequestCards cards;
    private final RequestChoices choices;
    private final FilingAssociations filing;
    private final SecretariatNames secretariat;

    ExchangePagesController(Programmes programmes, Calls calls, ExpertiseRequests requests, Directory directory,
            Roles roles, RequestCards cards, RequestChoices choices, FilingAssociations filing,
            SecretariatNames secretariat, Selection selection, Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.requests = requests;
        this.directory = directory;
        this.roles = roles;
        this.cards = cards;
        this.choices = choices;
        this.filing = filing;
        this.secretariat = secretariat;
        this.selection = selection;
        this.clock = clock;
    }

    @GetMapping("/exchange")
    String home(Locale locale, Model model) {
        AccountId viewer = CurrentAccount.optional().orElse(null);
        Map<ProgrammeId, List<CallView>> open = calls.openNow().stream()
                .collect(Collectors.groupingBy(CallView::programme));
        List<ProgrammeEntry> entries = programmes.all().stream().map(programme -> new ProgrammeEntry(
                secretariat.facts(programme, locale), open.getOrDefault(programme.id(), List.of()),
                calls.ofProgramme(programme.id()).stream()
                        .filter(call -> call.deadline().passedAt(clock.instant())).toList(),
                viewer != null && roles.mayAct(viewer, Role.PROGRAMME_SECRETARIAT, programme.id().value()))).toList();
        model.addAttribute("programmes", entries);
        model.addAttribute("maySetUp", viewer != null && roles.isPlatformAdministrator(viewer));
        model.addAttribute("signedIn", viewer != null);
        model.addAttribute("reviews", viewer != null && !selection.callsReviewedBy(viewer).isEmpty());
        return "exchange/home";
    }

    @GetMapping("/exchange/calls/{id}")
    String call(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        CallView call = calls.get(Ids.call(id));
        ProgrammeView programme = programmes.get(call.programme());
        AccountId viewer = CurrentAccount.optional().orElse(null);
        model.addAttribute("call", call);
        model.addAttribute("programme", programme);
        Page<ExpertiseRequestView> covered = requests.ofCall(call.id(), page, PAGE_SIZE);
        model.addAttribute("page", covered);
        model.addAttribute("requests", cards.of(covered.getContent(), locale));
        model.addAttribute("manages",
                viewer != null && roles.mayAct(viewer, Role.PROGRAMME_SECRETARIAT, programme.id().value()));
        model.addAttribute("mayFile", call.open() && !filing.of(viewer, programme, locale).isEmpty());
        return "exchange/call";
    }

    @GetMapping("/exchange/requests")
    String openRequests(@RequestParam(required = false) String country, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String method, @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Locale locale, Model model) {
        RequestFilter filter = new RequestFilter(country, topic, methodOf(method), language);
        Page<ExpertiseRequestView> found = requests.open(filter, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", found);
        model.addAttribute("requests", cards.of(found.getContent(), locale));
        String link = UriComponentsBuilder.fromPath("/exchange/requests")
                .queryParamIfPresent("country", Optional.ofNullable(filter.country()))
                .queryParamIfPresent("topic", Optional.ofNullable(filter.topic()))
                .queryParamIfPresent("method", Optional.ofNullable(filter.method()))
                .queryParamIfPresent("language", Optional.ofNullable(filter.language()))
                .build().encode().toUriString();
        model.addAttribute("pageLink", link + (link.contains("?") ? "&" : "?"));
        if (!Htmx.isHtmx(request)) {
            model.addAttribute("choices", choices.filter(requests.openLanguages(), locale));
        }
        return Htmx.view(request, "exchange/requests", "results");
    }

    @GetMapping("/exchange/requests/{id}")
    String request(@PathVariable String id, Locale locale, Model model) {
        ExpertiseRequestView request = requests.get(Ids.request(id));
        CallView call = calls.get(request.call());
        ProgrammeView programme = programmes.get(request.programme());
        AccountId viewer = CurrentAccount.optional().orElse(null);
        OrganisationSummary association = directory.find(request.association()).orElse(null);
        model.addAttribute("card", cards.of(request, locale));
        model.addAttribute("call", call);
        model.addAttribute("programme", programme);
        model.addAttribute("mayExpressInterest", viewer != null && call.open());
        model.addAttribute("manages",
                viewer != null && roles.mayAct(viewer, Role.PROGRAMME_SECRETARIAT, programme.id().value()));
        model.addAttribute("mayRevise", call.open() && association != null
                && requests.mayFileFor(viewer, programme.id(), association));
        return "exchange/request";
    }

    /** Unknown methods are ignored on pages (people edit addresses); the API refuses them. */
    private static ExchangeMethod methodOf(String method) {
        return Arrays.stream(ExchangeMethod.values()).filter(m -> m.name().equals(method)).findFirst().orElse(null);
    }

    /** A programme with its open calls and the calls that have closed, the latest first. */
    record ProgrammeEntry(ProgrammeFacts facts, List<CallView> openCalls, List<CallView> earlierCalls,
            boolean manages) {
    }
}
