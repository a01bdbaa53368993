package org.collegium.exchange.matching.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.matching.ExpressionMatch;
import org.collegium.exchange.matching.ExpressionMatching;
import org.collegium.exchange.matching.Matching;
import org.collegium.exchange.matching.PractitionerMatch;
import org.collegium.exchange.matching.RegistrySearch;
import org.collegium.exchange.matching.RequestFit;
import org.collegium.exchange.practitioner.web.VocabularyWords;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rankings with their reasons: a request's candidates (its programme's secretariat), the open requests an
 * organisation's people fit (its focal point) and the registry search (programme secretariats). Long rankings show
 * their first {@link #SHOWN} rows and say how many there are.
 */
@Controller
class MatchingController {

    static final int SHOWN = 100;

    private final ExpressionMatching expressionMatching;
    private final Matching matching;
    private final ExpertiseRequests requests;
    private final Directory directory;
    private final Explanations explanations;
    private final VocabularyWords words;

    MatchingController(Matching matching, ExpertiseRequests requests, Directory directory, Explanations explanations,
            VocabularyWords words, ExpressionMatching expressionMatching) {
        this.matching = matching;
        this.requests = requests;
        this.directory = directory;
        this.explanations = explanations;
        this.words = words;
        this.expressionMatching = expressionMatching;
    }

    @GetMapping("/exchange/requests/{id}/candidates")
    String candidates(@PathVariable String id, Model model, Locale locale) {
        AccountId actor = signedIn();
        ExpertiseRequestView request = requests.get(new ExpertiseRequestId(uuid(id)));
        List<PractitionerMatch> ranking = matching.candidatesFor(actor, request.id());
        List<ExpressionMatch> answers = expressionMatching.forRequest(actor, request.id());
        model.addAttribute("expressionRows", explanations.rows(answers.stream().map(ExpressionMatch::best).toList(), locale));
        model.addAttribute("municipalities", answers.stream().map(answer -> directory.find(answer.expression()
                .municipality()).map(OrganisationSummary::name).orElse("")).toList());
        model.addAttribute("request", request);
        model.addAttribute("words", words.in(locale));
        shown(model, ranking, locale);
        return "exchange/matching/candidates";
    }

    @GetMapping("/directory/{slug}/fitting-requests")
    String fittingRequests(@PathVariable String slug, Model model, Locale locale) {
        AccountId actor = signedIn();
        OrganisationSummary organisation = directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        List<RequestFit> fits = matching.requestsFor(actor, organisation.id());
        model.addAttribute("organisation", organisation);
        model.addAttribute("fits", fits.stream().map(fit -> new Fit(fit.request(),
                explanations.rows(fit.practitioners(), locale))).toList());
        model.addAttribute("words", words.in(locale));
        return "exchange/matching/fits";
    }

    @GetMapping("/exchange/practitioners")
    String registry(@RequestParam(required = false) String function, @RequestParam(required = false) String family,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String language,
            @RequestParam(required = false) String country, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        AccountId actor = signedIn();
        if (!matching.mayUseRegistry(actor)) {
            throw new AccessDeniedException("only programme secretariats search the registry");
        }
        RegistrySearch search = new RegistrySearch(function, family, topic, language, country, date(from), date(to));
        model.addAttribute("search", search);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("words", words.in(locale));
        model.addAttribute("countries", Countries.all(locale));
        shown(model, matching.searchRegistry(actor, search), locale);
        return "exchange/matching/registry";
    }

    /** An open request and the organisation's people who fit it, in the viewer's words. */
    record Fit(ExpertiseRequestView request, List<Explanations.Row> rows) {
    }

    private void shown(Model model, List<PractitionerMatch> ranking, Locale locale) {
        model.addAttribute("rows", explanations.rows(ranking.subList(0, Math.min(SHOWN, ranking.size())), locale));
        model.addAttribute("total", ranking.size());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("request");
        }
    }

    private static AccountId signedIn() {
        return Viewers.current().flatMap(Accounts::idOf).orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
