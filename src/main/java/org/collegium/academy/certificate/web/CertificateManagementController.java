package org.collegium.academy.certificate.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CertificateRefusal;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Flash;
import org.collegium.shared.web.Htmx;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An academy's certificates for its administrators (and the platform's): the list with a search, and revocation.
 * Every handler checks the viewer against the academy the address names before reading or writing anything.
 */
@Controller
class CertificateManagementController {

    private final Academies academies;
    private final AcademyAccess access;
    private final Certificates certificates;

    CertificateManagementController(Academies academies, AcademyAccess access, Certificates certificates) {
        this.academies = academies;
        this.access = access;
        this.certificates = certificates;
    }

    @GetMapping("/academies/{slug}/manage/certificates")
    String list(@PathVariable String slug, @RequestParam(name = "q", required = false) String search, Model model,
            HttpServletRequest request) {
        AcademySummary academy = administered(slug);
        model.addAttribute("academy", academy);
        model.addAttribute("search", search == null ? "" : search);
        model.addAttribute("certificates", certificates.ofAcademy(actor(), academy.id(), search));
        return Htmx.view(request, "academy/certificate/manage", "certificates");
    }

    @GetMapping("/academies/{slug}/manage/certificates/{number}")
    String revocation(@PathVariable String slug, @PathVariable String number, Model model) {
        AcademySummary academy = administered(slug);
        model.addAttribute("form", RevocationForm.empty());
        return page(academy, certificateOf(academy, number), model);
    }

    @PostMapping("/academies/{slug}/manage/certificates/{number}/revoke")
    String revoke(@PathVariable String slug, @PathVariable String number,
            @Valid @ModelAttribute("form") RevocationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AcademySummary academy = administered(slug);
        CertificateView certificate = certificateOf(academy, number);
        if (!result.hasErrors()) {
            try {
                certificates.revoke(actor(), academy.id(), certificate.number(), form.reason());
                Flash.success(redirect, "certificate.revoke.done");
                return "redirect:/academies/" + academy.slug() + "/manage/certificates/" + certificate.number();
            } catch (CertificateRefusal refusal) {
                result.rejectValue("reason", refusal.code(), refusal.arguments(), refusal.code());
            }
        }
        return page(academy, certificate, model);
    }

    private String page(AcademySummary academy, CertificateView certificate, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("certificate", certificate);
        return "academy/certificate/revoke";
    }

    private CertificateView certificateOf(AcademySummary academy, String number) {
        return certificates.find(number).filter(found -> found.academyId().equals(academy.id()))
                .orElseThrow(() -> new NotFoundException("certificate"));
    }

    private AcademySummary administered(String slug) {
        AcademySummary academy = academies.get(slug);
        access.checkAdministrator(Optional.of(actor()), academy.id());
        return academy;
    }

    private static AccountId actor() {
        return Viewers.current().flatMap(Accounts::idOf).orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
