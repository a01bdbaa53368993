package org.collegium.exchange.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.NewProgramme;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.identity.AccountId;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators set a programme up: its name, secretariat, countries, help contact and budget. */
@Controller
class ProgrammeSetUpController {

    private final Programmes programmes;
    private final Directory directory;
    private final Roles roles;

    ProgrammeSetUpController(Programmes programmes, Directory directory, Roles roles) {
        this.programmes = programmes;
        this.directory = directory;
        this.roles = roles;
    }

    @GetMapping("/exchange/programmes/new")
    String form(Model model) {
        platformAdministrator();
        model.addAttribute("form", ProgrammeForm.empty());
        return "exchange/programme-new";
    }

    @PostMapping("/exchange/programmes/new")
    String create(@ModelAttribute("form") ProgrammeForm form, BindingResult result, RedirectAttributes redirect) {
        AccountId actor = platformAdministrator();
        try {
            ProgrammeId id = programmes.create(actor, new NewProgramme(form.name(), secretariat(form.secretariat()),
                    countries(form.partnerCountries()), countries(form.expertiseCountries()), form.helpContact(),
                    budget(form.budget()), form.budgetCurrency() == null ? null
                            : form.budgetCurrency().strip().toUpperCase(Locale.ROOT)));
            Flash.success(redirect, "exchange.programme.created", form.name().strip());
            return "redirect:/exchange/programmes/" + id.value();
        } catch (ExchangeRefusal refusal) {
            Refusals.bind(refusal, result);
            return "exchange/programme-new";
        }
    }

    private AccountId platformAdministrator() {
        AccountId actor = CurrentAccount.required();
        if (!roles.isPlatformAdministrator(actor)) {
            throw new AccessDeniedException("only platform administrators set programmes up");
        }
        return actor;
    }

    /** The organisations named one per line, by name or acronym; one the directory does not know is refused. */
    private Set<OrganisationId> secretariat(String lines) {
        Set<OrganisationId> ids = new LinkedHashSet<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            if (!line.isBlank()) {
                ids.add(directory.findByName(line.strip()).map(OrganisationSummary::id)
                        .orElseThrow(() -> new ExchangeRefusal("secretariat", "exchange.programme.secretariat.unknown",
                                line.strip())));
            }
        }
        return ids;
    }

    private static Set<String> countries(String codes) {
        return Arrays.stream((codes == null ? "" : codes).split("[,;\\s]+")).filter(code -> !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static BigDecimal budget(String amount) {
        try {
            String digits = amount.strip().replaceAll("[\\s\u00a0\u202f]", "");
            // "1,5" is a decimal comma; "1,000.50" a thousands separator.
            digits = digits.contains(".") ? digits.replace(",", "") : digits.replace(',', '.');
            return new BigDecimal(digits);
        } catch (NumberFormatException | NullPointerException unreadable) {
            throw new ExchangeRefusal("budget", "exchange.programme.budget.invalid");
        }
    }
}
