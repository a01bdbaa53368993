package org.collegium.academy.facilitation.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.collegium.academy.facilitation.CohortBoard;
import org.collegium.academy.facilitation.CohortCsv;
import org.collegium.academy.facilitation.CohortFilter;
import org.collegium.academy.facilitation.CohortMessages;
import org.collegium.academy.facilitation.CohortPage;
import org.collegium.academy.facilitation.CohortRow;
import org.collegium.academy.facilitation.FallingBehind;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.time.Times;
import org.collegium.shared.web.Flash;
import org.collegium.shared.web.Htmx;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * "My cohorts", the cohort view of a run with its filters and CSV export, and messages to its learners. The
 * filter travels in the query string, so every view works without JavaScript; htmx only swaps the learners' table.
 */
@Controller
class CohortController {

    private final CohortBoard board;
    private final CohortCsv csv;
    private final CohortMessages messages;
    private final Times times;

    CohortController(CohortBoard board, CohortCsv csv, CohortMessages messages, Times times) {
        this.board = board;
        this.csv = csv;
        this.messages = messages;
        this.times = times;
    }

    @GetMapping("/account/cohorts")
    String mine(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("cohorts", board.mine(SignedIn.account(), page));
        model.addAttribute("pageLink", "/account/cohorts?");
        return "academy/facilitation/cohorts";
    }

    @GetMapping("/academies/{slug}/cohorts/{run}")
    String cohort(@PathVariable String slug, @PathVariable String run, @ModelAttribute("filter") FilterForm filter,
            Model model, Locale locale, HttpServletRequest request) {
        CohortPage page = board.open(SignedIn.account(), slug, run, filter.toFilter(), locale);
        Page<CohortRow> shown = page.shown(filter.pageNumber());
        model.addAttribute("page", page);
        model.addAttribute("shown", shown);
        model.addAttribute("query", filter.query(shown.getNumber()));
        model.addAttribute("pageLink", page.path() + filter.query() + "&");
        model.addAttribute("shows", CohortFilter.Show.values());
        model.addAttribute("tolerance", FallingBehind.TOLERANCE_PERCENT);
        model.addAttribute("cohortIdleDays", FallingBehind.COHORT_IDLE_DAYS);
        model.addAttribute("selfPacedIdleDays", FallingBehind.SELF_PACED_IDLE_DAYS);
        return Htmx.isHtmx(request) ? "academy/facilitation/cohort :: learners" : "academy/facilitation/cohort";
    }

    @GetMapping("/academies/{slug}/cohorts/{run}/learners.csv")
    ResponseEntity<byte[]> export(@PathVariable String slug, @PathVariable String run,
            @ModelAttribute("filter") FilterForm filter, Locale locale) {
        CohortPage page = board.open(SignedIn.account(), slug, run, filter.toFilter(), locale);
        return csv.write(page, locale, times.viewerZone()).download("cohort-" + page.cohort().run().value() + ".csv");
    }

    @GetMapping("/academies/{slug}/cohorts/{run}/messages/new")
    String newMessage(@PathVariable String slug, @PathVariable String run, @ModelAttribute("filter") FilterForm filter,
            @RequestParam(name = "to", required = false) String to, Model model, Locale locale) {
        model.addAttribute("form", MessageForm.empty(to));
        return messagePage(board.open(SignedIn.account(), slug, run, filter.toFilter(), locale), filter, to, model);
    }

    @PostMapping("/academies/{slug}/cohorts/{run}/messages")
    String send(@PathVariable String slug, @PathVariable String run, @ModelAttribute("filter") FilterForm filter,
            @Valid @ModelAttribute("form") MessageForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        AccountId sender = SignedIn.account();
        CohortPage page = board.open(sender, slug, run, filter.toFilter(), locale);
        List<CohortRow> recipients = recipients(page, form.to());
        if (result.hasErrors()) {
            return messagePage(page, filter, form.to(), model);
        }
        int sent = messages.send(sender, page, recipients, form.subject().strip(), form.text().strip());
        Flash.success(redirect, "facilitation.message.sent", sent);
        return "redirect:" + page.path() + filter.query(filter.pageNumber());
    }

    private String messagePage(CohortPage page, FilterForm filter, String to, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("query", filter.query(filter.pageNumber()));
        model.addAttribute("recipients", recipients(page, to));
        model.addAttribute("one", to != null && !to.isBlank());
        return "academy/facilitation/message";
    }

    /** One learner of the cohort by enrolment (404 if not one of them), or the learners the filter keeps. */
    private static List<CohortRow> recipients(CohortPage page, String to) {
        if (to == null || to.isBlank()) {
            return page.rows();
        }
        return page.rows().stream().filter(row -> row.member().enrolment().value().toString().equals(to.strip()))
                .findFirst().map(List::of).orElseThrow(() -> new NotFoundException("learner"));
    }

    /**
     * The filter and the page of the view as the query string carries them. A new filter starts at the first page;
     * links to messages and back keep the page.
     */
    record FilterForm(CohortFilter.Show show, String q, String country, Integer page) {

        CohortFilter toFilter() {
            return new CohortFilter(show, q, country);
        }

        int pageNumber() {
            return page == null ? 0 : Math.max(0, page);
        }

        /** The filter alone, to which the pager adds the page. */
        String query() {
            CohortFilter filter = toFilter();
            return UriComponentsBuilder.newInstance().queryParam("show", filter.show().name())
                    .queryParam("q", filter.words()).queryParam("country", filter.country()).encode().build()
                    .toUriString();
        }

        /** The filter and the page, for links that come back to it. */
        String query(int number) {
            return number == 0 ? query() : query() + "&page=" + number;
        }
    }
}
