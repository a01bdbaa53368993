package org.collegium.exchange.selection.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.selection.Outcome;
import org.collegium.exchange.selection.RankedApplication;
import org.collegium.exchange.selection.RequestRanking;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.AccountId;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's ranking of a call per request: weighted scores, means per criterion, sheets submitted, the
 * decision on each expression with its reason, and the mail that tells applicants.
 */
@Controller
class RankingController {

    private static final String PAGE = "exchange/selection/ranking";

    private final Selection selection;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final Exchanges exchanges;
    private final Directory directory;

    RankingController(Selection selection, Calls calls, ExpertiseRequests requests, Exchanges exchanges,
            Directory directory) {
        this.selection = selection;
        this.calls = calls;
        this.requests = requests;
        this.exchanges = exchanges;
        this.directory = directory;
    }

    @GetMapping("/exchange/calls/{id}/ranking")
    String ranking(@PathVariable String id, Model model) {
        return page(calls.get(Ids.call(id)), null, model);
    }

    @PostMapping("/exchange/calls/{id}/ranking/{expression}")
    String decide(@PathVariable String id, @PathVariable String expression,
            @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        CallView call = calls.get(Ids.call(id));
        ExpressionOfInterestId decided = Ids.expression(expression);
        try {
            selection.decide(SignedIn.account(), decided, outcome(outcome), reason);
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal,
                    refusal.field() == null ? null : refusal.field() + "-" + decided.value()));
            return page(call, new Typed(decided, outcome, reason), model);
        }
        Flash.success(redirect, "selection.decision.saved");
        return "redirect:/exchange/calls/" + call.id().value() + "/ranking#expression-" + decided.value();
    }

    @PostMapping("/exchange/calls/{id}/notify")
    String notifyApplicants(@PathVariable String id, RedirectAttributes redirect) {
        CallView call = calls.get(Ids.call(id));
        int told = selection.notifyApplicants(SignedIn.account(), call.id());
        Flash.success(redirect, "selection.notified", told);
        return "redirect:/exchange/calls/" + call.id().value() + "/ranking";
    }

    private String page(CallView call, Typed typed, Model model) {
        AccountId actor = SignedIn.account();
        List<RequestRanking> ranking = selection.ranking(actor, call.id());
        List<RankedApplication> all = ranking.stream().flatMap(request -> request.applications().stream()).toList();
        Map<OrganisationId, OrganisationSummary> municipalities = directory.findAll(
                all.stream().map(RankedApplication::municipality).distinct().toList());
        model.addAttribute("call", call);
        model.addAttribute("criteria", selection.criteria(call.programme()));
        model.addAttribute("ranking", ranking);
        model.addAttribute("titles", ranking.stream().collect(Collectors.toMap(RequestRanking::request,
                request -> requests.get(request.request()).title())));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("withExchange", all.stream().map(RankedApplication::expression)
                .filter(exchanges::existsFor).collect(Collectors.toSet()));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("toNotify", all.stream().filter(ranked -> ranked.outcome() != null && !ranked.notified()).count());
        model.addAttribute("typed", typed);
        model.addAttribute("closed", !call.open());
        return PAGE;
    }

    private static Outcome outcome(String value) {
        return java.util.Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(value)).findFirst()
                .orElse(null);
    }

    /** What the secretariat typed in the decision form that was refused, to show it again. */
    public record Typed(ExpressionOfInterestId expression, String outcome, String reason) {

        public boolean of(ExpressionOfInterestId other) {
            return Objects.equals(expression, other);
        }
    }

}
