package org.collegium.exchange.selection.web;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.selection.Selection;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
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

/** The secretariat's editor of a programme's weighted selection criteria; a row is added by a button, no script. */
@Controller
class CriteriaController {

    private static final String PAGE = "exchange/selection/criteria";

    private final Selection selection;
    private final Programmes programmes;
    private final Roles roles;

    CriteriaController(Selection selection, Programmes programmes, Roles roles) {
        this.selection = selection;
        this.programmes = programmes;
        this.roles = roles;
    }

    @GetMapping("/exchange/programmes/{id}/criteria")
    String criteria(@PathVariable String id, Model model) {
        ProgrammeView programme = managed(id);
        model.addAttribute("programme", programme);
        model.addAttribute("form", CriteriaForm.of(selection.criteria(programme.id())));
        return PAGE;
    }

    @PostMapping("/exchange/programmes/{id}/criteria")
    String define(@PathVariable String id, @ModelAttribute("form") CriteriaForm form,
            @RequestParam(name = "add", required = false) String add, Model model, RedirectAttributes redirect) {
        ProgrammeView programme = managed(id);
        model.addAttribute("programme", programme);
        if (add != null) {
            model.addAttribute("form", form.withEmptyRow());
            return PAGE;
        }
        try {
            selection.defineCriteria(SignedIn.account(), programme.id(), form.drafts());
        } catch (ExchangeRefusal refusal) {
            model.addAttribute("refused", Refused.of(refusal, form.fieldOf(refusal.field())));
            return PAGE;
        }
        Flash.success(redirect, "selection.criteria.saved");
        return "redirect:/exchange/programmes/" + programme.id().value() + "/criteria";
    }

    private ProgrammeView managed(String id) {
        ProgrammeId programme = Ids.programme(id);
        ProgrammeView view = programmes.get(programme);
        if (!roles.mayAct(SignedIn.account(), Role.PROGRAMME_SECRETARIAT, programme.value())) {
            throw new AccessDeniedException("only the programme's secretariat sets its criteria");
        }
        return view;
    }
}
