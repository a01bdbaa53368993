package org.collegium.network.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.collegium.network.Directory;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.DirectoryRefusal;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.network.PartnershipId;
import org.collegium.network.PartnershipKind;
import org.collegium.network.PartnershipStatus;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording and amending partnerships and memoranda of understanding: platform administrators only. Parties are
 * typed by name; while typing, the directory suggests names (htmx), and without JavaScript the full name is typed.
 */
@Controller
class PartnershipEditController {

    static final int SUGGESTIONS = 10;
    private static final String VIEW = "network/partnership-edit";

    private final Directory directory;
    private final DirectoryEditing editing;
    private final EditingPages pages;

    PartnershipEditController(Directory directory, DirectoryEditing editing, EditingPages pages) {
        this.directory = directory;
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping("/directory/partnerships/new")
    String form(@RequestParam(name = "party", required = false) String partySlug, Locale locale, Model model) {
        pages.requireAdministrator();
        String firstParty = partySlug == null ? "" : directory.findBySlug(partySlug).map(OrganisationSummary::name).orElse("");
        String language = ContentLanguages.isKnown(locale.getLanguage()) ? locale.getLanguage() : "en";
        model.addAttribute("partnershipForm", PartnershipForm.empty(language, firstParty));
        return render(null, model);
    }

    @PostMapping("/directory/partnerships/new")
    String record(@Valid @ModelAttribute PartnershipForm partnershipForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        pages.requireAdministrator();
        partnershipForm.check(errors);
        Set<OrganisationId> parties = partnershipForm.parties(directory::findByName, errors);
        if (!errors.hasErrors()) {
            try {
                PartnershipId id = editing.recordPartnership(pages.viewer(), partnershipForm.terms(parties));
                Flash.success(redirect, "network.flash.partnership-recorded");
                return "redirect:/directory/partnerships/" + id.value();
            } catch (DirectoryRefusal refusal) {
                errors.rejectValue("parties", refusal.code());
            }
        }
        return render(null, model);
    }

    @GetMapping("/directory/partnerships/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        pages.requireAdministrator();
        PartnershipId partnership = new PartnershipId(DirectoryController.uuid(id));
        model.addAttribute("partnershipForm", PartnershipForm.of(directory.partnership(partnership)));
        return render(partnership, model);
    }

    @PostMapping("/directory/partnerships/{id}/edit")
    String amend(@PathVariable String id, @Valid @ModelAttribute PartnershipForm partnershipForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        pages.requireAdministrator();
        PartnershipId partnership = new PartnershipId(DirectoryController.uuid(id));
        directory.partnership(partnership);
        partnershipForm.check(errors);
        Set<OrganisationId> parties = partnershipForm.parties(directory::findByName, errors);
        if (!errors.hasErrors()) {
            try {
                editing.amendPartnership(pages.viewer(), partnership, partnershipForm.terms(parties));
                Flash.success(redirect, "network.flash.partnership-saved");
                return "redirect:/directory/partnerships/" + partnership.value();
            } catch (DirectoryRefusal refusal) {
                errors.rejectValue("parties", refusal.code());
            }
        }
        return render(partnership, model);
    }

    /** Only the options of the parties' suggestion list; the text is the one parameter the typing input sends. */
    @GetMapping("/directory/partnerships/parties")
    String suggestions(@RequestParam Map<String, String> parameters, Model model) {
        String text = parameters.getOrDefault("q", parameters.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("parties")).map(Map.Entry::getValue).findFirst().orElse(""));
        model.addAttribute("suggestions", directory.suggest(text, SUGGESTIONS));
        return "network/partnership-edit :: options";
    }

    private String render(PartnershipId existing, Model model) {
        model.addAttribute("existing", existing == null ? null : existing.value());
        model.addAttribute("partnershipKinds", PartnershipKind.values());
        model.addAttribute("partnershipStatuses", PartnershipStatus.values());
        model.addAttribute("languages", ContentLanguages.CODES.stream()
                .map(code -> new EditingPages.Language(code, ContentLanguages.nativeName(code))).toList());
        return VIEW;
    }
}
