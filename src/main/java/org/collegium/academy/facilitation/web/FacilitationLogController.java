package org.collegium.academy.facilitation.web;

import java.util.Optional;
import java.util.UUID;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.Academies;
import org.collegium.academy.facilitation.FacilitationLog;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My facilitation log" for facilitators, and the academy's log, by facilitator, for its administrators.
 */
@Controller
class FacilitationLogController {

    private final FacilitationLog log;
    private final Academies academies;
    private final AcademyAccess access;

    FacilitationLogController(FacilitationLog log, Academies academies, AcademyAccess access) {
        this.log = log;
        this.academies = academies;
        this.access = access;
    }

    @GetMapping("/account/facilitation-log")
    String mine(Model model) {
        model.addAttribute("entries", log.by(SignedIn.account()));
        return "academy/facilitation/my-log";
    }

    @GetMapping("/academies/{slug}/facilitation-log")
    String academy(@PathVariable String slug, @RequestParam(name = "facilitator", required = false) String facilitator,
            Model model) {
        AccountId viewer = SignedIn.account();
        AcademySummary academy = academies.findBySlug(slug).orElseThrow(() -> new NotFoundException("academy"));
        access.checkAdministrator(Optional.of(viewer), academy.id());
        Optional<AccountId> chosen = parse(facilitator);
        model.addAttribute("academy", academy);
        model.addAttribute("facilitators", log.actorsOf(academy.id()).values().stream()
                .sorted(java.util.Comparator.comparing(org.collegium.identity.AccountSummary::displayName)).toList());
        model.addAttribute("chosen", chosen.map(id -> id.value().toString()).orElse(""));
        model.addAttribute("entries", log.of(academy.id(), chosen));
        return "academy/facilitation/academy-log";
    }

    private static Optional<AccountId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccountId(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
