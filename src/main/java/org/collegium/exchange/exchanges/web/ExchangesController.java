package org.collegium.exchange.exchanges.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.exchanges.BudgetCategory;
import org.collegium.exchange.exchanges.BudgetLineDraft;
import org.collegium.exchange.exchanges.ExchangeBudget;
import org.collegium.exchange.exchanges.ExchangeId;
import org.collegium.exchange.exchanges.ExchangeStatus;
import org.collegium.exchange.exchanges.ExchangeView;
import org.collegium.exchange.exchanges.Exchanges;
import org.collegium.exchange.exchanges.JointReport;
import org.collegium.exchange.exchanges.Participant;
import org.collegium.exchange.exchanges.Side;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exchanges: created from a selected expression of interest with a plan pre-filled from it, read by their parties,
 * moved one step at a time, budgeted line by line, and closed by the joint report; the programme's list of them.
 */
@Controller
class ExchangesController {

    private static final String NEW = "exchange/exchanges/new";
    private static final String PAGE = "exchange/exchanges/exchange";

    private final Exchanges exchanges;
    private final ExchangeBudget budget;
    private final ExpressionsOfInterest expressions;
    private final ExpertiseRequests requests;
    private final Programmes programmes;
    private final Directory directory;
    private final Accounts accounts;
    private final Roles roles;

    ExchangesController(Exchanges exchanges, ExchangeBudget budget, ExpressionsOfInterest expressions,
            ExpertiseRequests requests, Programmes programmes, Directory directory, Accounts accounts, Roles roles) {
        this.roles = roles;
        this.exchanges = exchanges;
        this.budget = budget;
        this.expressions = expressions;
        this.requests = requests;
        this.programmes = programmes;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping("/exchange/expressions/{id}/exchange/new")
    String create(@PathVariable String id, Model model) {
        ExpressionOfInterestView expression = selectedBySecretariat(SignedIn.account(), id);
        return newPage(expression, prefilled(expression), model);
    }

    @PostMapping("/exchange/expressions/{id}/exchange/new")
    String create(@PathVariable String id, @ModelAttribute("form") ExchangeForm form,
            @RequestParam(name = "add", required = false) String add, Model model, RedirectAttributes redirect) {
        AccountId actor = SignedIn.account();
        ExpressionOfInterestView expression = selectedBySecretariat(actor, id);
        if (add != null) {
            return newPage(expression, form.withEmptyRow(), model);
        }
        ExchangeId created;
        try {
            created = exchanges.create(actor, expression.id(), form.plan(practitioners(expression)));
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal));
            return newPage(expression, form, model);
        }
        Flash.success(redirect, "exchanges.created");
        return "redirect:/exchange/exchanges/" + created.value();
    }

    @GetMapping("/exchange/exchanges/{id}")
    String exchange(@PathVariable String id, Model model) {
        return page(exchanges.get(SignedIn.account(), exchangeId(id)), null, model);
    }

    @PostMapping("/exchange/exchanges/{id}/advance")
    String advance(@PathVariable String id, @RequestParam(name = "to", defaultValue = "") String to, Model model,
            RedirectAttributes redirect) {
        AccountId actor = SignedIn.account();
        ExchangeView exchange = exchanges.get(actor, exchangeId(id));
        ExchangeStatus next = java.util.Arrays.stream(ExchangeStatus.values()).filter(s -> s.name().equals(to))
                .findFirst().orElse(null);
        try {
            exchanges.advance(actor, exchange.id(), next);
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal, "status"));
            return page(exchange, null, model);
        }
        Flash.success(redirect, "exchanges.advanced");
        return "redirect:/exchange/exchanges/" + exchange.id().value();
    }

    @PostMapping("/exchange/exchanges/{id}/budget")
    String addLine(@PathVariable String id, @ModelAttribute("line") LineForm line, Model model,
            RedirectAttributes redirect) {
        AccountId actor = SignedIn.account();
        ExchangeView exchange = exchanges.get(actor, exchangeId(id));
        try {
            budget.addLine(actor, exchange.id(), line.draft());
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal));
            return page(exchange, null, model);
        }
        Flash.success(redirect, "exchanges.budget.added");
        return "redirect:/exchange/exchanges/" + exchange.id().value() + "#budget";
    }

    @PostMapping("/exchange/exchanges/{id}/budget/{line}")
    String spent(@PathVariable String id, @PathVariable String line,
            @RequestParam(name = "spent", defaultValue = "") String spent, Model model, RedirectAttributes redirect) {
        AccountId actor = SignedIn.account();
        ExchangeView exchange = exchanges.get(actor, exchangeId(id));
        UUID lineId = exchange.budgetLines().stream().map(found -> found.id())
                .filter(found -> found.toString().equals(line)).findFirst()
                .orElseThrow(() -> new NotFoundException("budget line"));
        try {
            budget.recordSpent(actor, lineId, LineForm.amount("spent", spent));
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal, "spent-" + lineId));
            model.addAttribute("typedSpent", spent);
            return page(exchange, null, model);
        }
        Flash.success(redirect, "exchanges.budget.spent-recorded");
        return "redirect:/exchange/exchanges/" + exchange.id().value() + "#budget";
    }

    @PostMapping("/exchange/exchanges/{id}/report")
    String report(@PathVariable String id, @ModelAttribute("report") JointReport report, Model model,
            RedirectAttributes redirect) {
        AccountId actor = SignedIn.account();
        ExchangeView exchange = exchanges.get(actor, exchangeId(id));
        try {
            exchanges.report(actor, exchange.id(), report);
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal));
            return page(exchange, report, model);
        }
        Flash.success(redirect, "exchanges.reported");
        return "redirect:/exchange/exchanges/" + exchange.id().value();
    }

    @GetMapping("/exchange/programmes/{id}/exchanges")
    String ofProgramme(@PathVariable String id, Model model) {
        ProgrammeId programme = new ProgrammeId(uuid(id, "programme"));
        var view = programmes.get(programme);
        List<ExchangeView> all = exchanges.ofProgramme(SignedIn.account(), programme);
        model.addAttribute("programme", view);
        model.addAttribute("exchanges", all);
        model.addAttribute("organisations", directory.findAll(all.stream()
                .flatMap(exchange -> java.util.stream.Stream.of(exchange.municipality(), exchange.association()))
                .distinct().toList()));
        return "exchange/exchanges/list";
    }

    /** The expression, for its programme's secretariat only: its municipality reads it but makes no exchange. */
    private ExpressionOfInterestView selectedBySecretariat(AccountId actor, String id) {
        ExpressionOfInterestView expression = expressions.get(actor, expression(id));
        if (!roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, expression.programme().value())) {
            throw new AccessDeniedException("only the programme's secretariat creates its exchanges");
        }
        return expression;
    }

    private String newPage(ExpressionOfInterestView expression, ExchangeForm form, Model model) {
        model.addAttribute("expression", expression);
        model.addAttribute("form", form);
        model.addAttribute("request", requests.get(expression.request()));
        model.addAttribute("methods", ExchangeMethod.values());
        model.addAttribute("sides", Side.values());
        return NEW;
    }

    private String page(ExchangeView exchange, JointReport report, Model model) {
        model.addAttribute("exchange", exchange);
        model.addAttribute("request", requests.get(exchange.request()));
        model.addAttribute("organisations", directory.findAll(List.of(exchange.municipality(), exchange.association())));
        model.addAttribute("groups", exchange.participants().stream()
                .collect(Collectors.groupingBy(Participant::group, java.util.TreeMap::new, Collectors.toList())));
        model.addAttribute("mayManage", exchanges.mayManage(SignedIn.account(), exchange));
        model.addAttribute("mayReport", exchanges.mayReport(SignedIn.account(), exchange));
        model.addAttribute("categories", BudgetCategory.values());
        if (!model.containsAttribute("line")) {
            model.addAttribute("line", new LineForm(null, "", ""));
        }
        model.addAttribute("report", report == null ? new JointReport("", "", "", "") : report);
        return PAGE;
    }

    /** The plan as the expression proposes it: its method, dates and practitioners; the partner side is typed. */
    private ExchangeForm prefilled(ExpressionOfInterestView expression) {
        java.util.Map<AccountId, AccountSummary> people = accounts.findAll(expression.practitioners().stream()
                .map(ProposedPractitioner::account).toList());
        String municipality = directory.find(expression.municipality()).map(found -> found.name()).orElse("");
        String association = directory.find(requests.get(expression.request()).association())
                .map(found -> found.name()).orElse("");
        List<ExchangeForm.Row> rows = new java.util.ArrayList<>(expression.practitioners().stream()
                .map(practitioner -> new ExchangeForm.Row(Side.EXPERTISE.name(), "1",
                        practitioner.account().value().toString(),
                        people.containsKey(practitioner.account()) ? people.get(practitioner.account()).displayName() : "",
                        municipality, practitioner.jobTitle()))
                .toList());
        rows.add(new ExchangeForm.Row(Side.PARTNER.name(), "1", null, "", association, ""));
        return new ExchangeForm(expression.method().name(), date(expression.offeredFrom()),
                date(expression.offeredTo()), "", "", "", rows);
    }

    private static Set<AccountId> practitioners(ExpressionOfInterestView expression) {
        return expression.practitioners().stream().map(ProposedPractitioner::account).collect(Collectors.toSet());
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static ExpressionOfInterestId expression(String id) {
        return new ExpressionOfInterestId(uuid(id, "expression"));
    }

    private static ExchangeId exchangeId(String id) {
        return new ExchangeId(uuid(id, "exchange"));
    }

    private static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what);
        }
    }

    /** A budget line as typed. */
    public record LineForm(String category, String description, String planned) {

        BudgetLineDraft draft() {
            BudgetCategory chosen = java.util.Arrays.stream(BudgetCategory.values())
                    .filter(c -> c.name().equals(category)).findFirst().orElse(null);
            return new BudgetLineDraft(chosen, description, amount("planned", planned));
        }

        static BigDecimal amount(String field, String value) {
            try {
                return new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
            } catch (NumberFormatException unreadable) {
                throw new ExchangeRefusal(field, "exchanges.budget.amount.invalid");
            }
        }
    }
}
