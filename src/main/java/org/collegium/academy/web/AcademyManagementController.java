package org.collegium.academy.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyRefusal;
import org.collegium.academy.AcademySummary;
import org.collegium.identity.AccountId;
import org.collegium.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An academy's settings, description and logo, for its administrators only: the address names the academy,
 * and every handler checks the viewer against that academy before reading or writing anything.
 */
@Controller
class AcademyManagementController {

    private final Academies academies;
    private final AcademyAccess access;

    AcademyManagementController(Academies academies, AcademyAccess access) {
        this.academies = academies;
        this.access = access;
    }

    @ModelAttribute("contentLanguages")
    Object contentLanguages() {
        return LanguageChoice.ALL;
    }

    @GetMapping("/academies/{slug}/manage")
    String edit(@PathVariable String slug, @RequestParam(name = "language", required = false) String language,
            Model model, Locale locale) {
        AcademySummary academy = administered(slug);
        String editing = language != null && LanguageChoice.ALL.stream().anyMatch(choice -> choice.code().equals(language))
                ? language : academy.description().originalLanguage();
        model.addAttribute("form", AcademySettingsForm.of(academy, editing));
        return page(academy, model);
    }

    @PostMapping("/academies/{slug}/manage")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") AcademySettingsForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        AcademySummary academy = administered(slug);
        if (!result.hasErrors()) {
            try {
                academies.update(CurrentAccount.required(), academy.id(), form.toSettings());
                Flash.success(redirect, "academy.manage.saved");
                return "redirect:/academies/" + academy.slug() + "/manage?language=" + form.descriptionLanguage();
            } catch (AcademyRefusal refusal) {
                Refusals.bind(refusal, result);
            }
        }
        return page(academy, model);
    }

    @PostMapping("/academies/{slug}/manage/logo")
    String changeLogo(@PathVariable String slug, @RequestParam(name = "logo", required = false) MultipartFile logo,
            Model model, RedirectAttributes redirect) throws IOException {
        AcademySummary academy = administered(slug);
        AccountId actor = CurrentAccount.required();
        try {
            academies.changeLogo(actor, academy.id(), logo == null ? new byte[0] : logo.getBytes());
        } catch (AcademyRefusal refusal) {
            model.addAttribute("form", AcademySettingsForm.of(academy, academy.description().originalLanguage()));
            model.addAttribute("logoProblem", refusal);
            return page(academy, model);
        }
        Flash.success(redirect, "academy.logo.changed");
        return "redirect:/academies/" + academy.slug() + "/manage";
    }

    @PostMapping("/academies/{slug}/manage/logo/remove")
    String removeLogo(@PathVariable String slug, RedirectAttributes redirect) {
        AcademySummary academy = administered(slug);
        academies.removeLogo(CurrentAccount.required(), academy.id());
        Flash.success(redirect, "academy.logo.removed");
        return "redirect:/academies/" + academy.slug() + "/manage";
    }

    private AcademySummary administered(String slug) {
        AcademySummary academy = academies.get(slug);
        access.checkAdministrator(CurrentAccount.optional(), academy.id());
        return academy;
    }

    private String page(AcademySummary academy, Model model) {
        List<String> described = new ArrayList<>(academy.languages());
        academy.description().readableLanguages().stream().filter(code -> !described.contains(code))
                .forEach(described::add);
        model.addAttribute("academy", academy);
        model.addAttribute("descriptionLanguages", LanguageChoice.of(described));
        return "academy/manage";
    }
}
