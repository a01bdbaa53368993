package org.collegium.exchange.selection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Vocabulary;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.exchange.selection.CriterionView;
import org.collegium.exchange.selection.PeerSheet;
import org.collegium.exchange.selection.ReviewTask;
import org.collegium.exchange.selection.Selection;
import org.collegium.exchange.selection.SheetView;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My reviews" of a committee member, and the score sheet of one expression: its content, a score per criterion
 * and a comment, saved or submitted; once submitted, the other members' sheets.
 */
@Controller
class ReviewController {

    private static final String SHEET = "exchange/selection/sheet";

    private final Selection selection;
    private final Calls calls;
    private final ExpertiseRequests requests;
    private final Directory directory;
    private final Accounts accounts;
    private final Vocabulary vocabulary;

    ReviewController(Selection selection, Calls calls, ExpertiseRequests requests, Directory directory,
            Accounts accounts, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.selection = selection;
        this.calls = calls;
        this.requests = requests;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping("/exchange/reviews")
    String mine(Model model) {
        AccountId reviewer = SignedIn.account();
        List<CallReviews> reviews = selection.callsReviewedBy(reviewer).stream()
                .map(call -> new CallReviews(calls.get(call), selection.tasks(reviewer, call).stream()
                        .map(task -> new TaskRow(task, requests.get(task.request()).title(), name(task.municipality())))
                        .toList()))
                .toList();
        model.addAttribute("reviews", reviews);
        return "exchange/selection/reviews";
    }

    @GetMapping("/exchange/reviews/{expression}")
    String sheet(@PathVariable String expression, Model model, Locale locale) {
        ExpressionOfInterestId id = Ids.expression(expression);
        AccountId reviewer = SignedIn.account();
        SheetView sheet = selection.sheet(reviewer, id);
        return page(reviewer, sheet, typed(sheet), sheet.comment(), model, locale);
    }

    @PostMapping("/exchange/reviews/{expression}")
    String score(@PathVariable String expression, @RequestParam Map<String, String> parameters,
            @RequestParam(name = "action", defaultValue = "save") String action, Model model, Locale locale,
            RedirectAttributes redirect) {
        ExpressionOfInterestId id = Ids.expression(expression);
        AccountId reviewer = SignedIn.account();
        SheetView before = selection.sheet(reviewer, id);
        Map<String, String> typed = new HashMap<>();
        before.criteria().forEach(criterion -> typed.put(criterion.id().toString(),
                parameters.getOrDefault("score-" + criterion.id(), "")));
        String comment = parameters.get("comment");
        try {
            selection.score(reviewer, id, scores(before.criteria(), typed), comment);
            if ("submit".equals(action)) {
                selection.submit(reviewer, id);
            }
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal));
            return page(reviewer, selection.sheet(reviewer, id), typed, comment, model, locale);
        }
        Flash.success(redirect, "submit".equals(action) ? "selection.sheet.submitted-now" : "selection.sheet.saved");
        return "redirect:/exchange/reviews/" + id.value();
    }

    private String page(AccountId reviewer, SheetView sheet, Map<String, String> typed, String comment, Model model,
            Locale locale) {
        ExpressionOfInterestView expression = selection.expression(reviewer, sheet.expression());
        model.addAttribute("sheet", sheet);
        model.addAttribute("expression", expression);
        model.addAttribute("call", calls.get(sheet.call()));
        model.addAttribute("request", requests.get(expression.request()));
        model.addAttribute("municipality", name(expression.municipality()));
        model.addAttribute("practitioners", practitioners(expression, locale));
        model.addAttribute("peers", accounts.findAll(sheet.others().stream().map(PeerSheet::reviewer).toList()));
        model.addAttribute("typed", typed);
        model.addAttribute("comment", comment);
        return SHEET;
    }

    private List<PractitionerCard> practitioners(ExpressionOfInterestView expression, Locale locale) {
        Map<AccountId, AccountSummary> people = accounts.findAll(expression.practitioners().stream()
                .map(ProposedPractitioner::account).toList());
        return expression.practitioners().stream().map(practitioner -> new PractitionerCard(
                people.containsKey(practitioner.account()) ? people.get(practitioner.account()).displayName() : "",
                practitioner.jobTitle(),
                vocabulary.function(practitioner.function()).map(term -> term.label(locale)).orElse(practitioner.function()),
                practitioner.responsibilities(),
                practitioner.languages().stream().map(skill -> Locale.forLanguageTag(skill.language())
                        .getDisplayLanguage(locale) + " " + skill.level().name()).collect(Collectors.joining(", ")),
                practitioner.internationalExperience())).toList();
    }

    private static Map<String, String> typed(SheetView sheet) {
        Map<String, String> typed = new HashMap<>();
        sheet.scores().forEach((criterion, score) -> typed.put(criterion.toString(), Integer.toString(score)));
        return typed;
    }

    /** The scores typed; one that is not a whole number is refused next to its criterion, like one out of range. */
    private static Map<UUID, Integer> scores(List<CriterionView> criteria, Map<String, String> typed) {
        Map<UUID, Integer> scores = new HashMap<>();
        for (CriterionView criterion : criteria) {
            String value = typed.get(criterion.id().toString());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                scores.put(criterion.id(), Integer.parseInt(value.strip()));
            } catch (NumberFormatException notANumber) {
                throw new ExchangeRefusal("score-" + criterion.id(), "selection.score.range", criterion.maxScore());
            }
        }
        return scores;
    }

    private String name(OrganisationId organisation) {
        return directory.find(organisation).map(found -> found.name()).orElse("");
    }

    public record CallReviews(CallView call, List<TaskRow> tasks) {
    }

    public record PractitionerCard(String name, String jobTitle, String function, String responsibilities, String languages,
            String internationalExperience) {
    }

    public record TaskRow(ReviewTask task, String request, String municipality) {
    }
}
