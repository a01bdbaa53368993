package org.collegium.academy.certificate.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyLogoFile;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.collegium.shared.i18n.UiLanguages;
import org.collegium.shared.time.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The public verification page of a certificate and its PDF, and the signed-in learner's own certificates.
 */
@Controller
class CertificatePagesController {

    private final Certificates certificates;
    private final Academies academies;
    private final CertificateLanguage language;
    private final MessageSource messages;
    private final Times times;
    private final String baseUrl;

    CertificatePagesController(Certificates certificates, Academies academies, CertificateLanguage language,
            MessageSource messages, Times times, @Value("${collegium.base-url}") String baseUrl) {
        this.certificates = certificates;
        this.academies = academies;
        this.language = language;
        this.messages = messages;
        this.times = times;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/certificates/{number:[A-Za-z0-9-]+}")
    View show(@PathVariable String number, @RequestParam(name = "lang", required = false) String lang, Model model,
            Locale current) throws Exception {
        CertificateView certificate = certificates.get(number);
        Locale chosen = CertificateLanguage.of(lang, current);
        String url = verificationUrl(certificate);
        model.addAttribute("certificate", certificate);
        model.addAttribute("courseTitle", certificate.courseTitleIn(chosen));
        model.addAttribute("verificationUrl", url);
        model.addAttribute("qrCode", QrCode.svg(QrCode.of(url), "qr-title",
                messages.getMessage("certificate.qr.alt", new Object[] {url}, chosen)));
        model.addAttribute("languages", UiLanguages.ALL.stream()
                .map(locale -> new LanguageLink(locale.getLanguage(), locale.getDisplayLanguage(locale),
                        locale.getLanguage().equals(chosen.getLanguage())))
                .toList());
        model.addAttribute("language", chosen.getLanguage());
        return language.view("academy/certificate/show", chosen);
    }

    @GetMapping("/certificates/{number:[A-Za-z0-9-]+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(name = "lang", required = false) String lang,
            Locale current) {
        CertificateView certificate = certificates.get(number);
        Locale chosen = CertificateLanguage.of(lang, current);
        Optional<AcademyLogoFile> logo = Optional.ofNullable(certificate.academy())
                .flatMap(academy -> academies.logo(academy.slug()));
        byte[] pdf = new CertificatePdf(messages, chosen)
                .render(certificate, verificationUrl(certificate), logo, times.viewerZone());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificate-" + certificate.number() + ".pdf")
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    @GetMapping("/account/certificates")
    String mine(Model model) {
        AccountId learner = Viewers.current().flatMap(Accounts::idOf)
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
        List<CertificateView> own = certificates.ofLearner(learner);
        model.addAttribute("certificates", own);
        return "academy/certificate/mine";
    }

    private String verificationUrl(CertificateView certificate) {
        return baseUrl + certificate.verificationPath();
    }

    record LanguageLink(String code, String name, boolean current) {
        public String capitalisedName() {
            return name.substring(0, 1).toUpperCase(Locale.of(code)) + name.substring(1);
        }
    }
}
